import { ROLES, type Role } from '@naltrack/domain';
import { ApiTokenService } from '../../src/auth/api-token.service.js';
import { SessionService } from '../../src/auth/session.service.js';
import { newClinician } from '../factories.js';
import type { TestApp } from '../test-app.js';
import type { Credentials } from './send-request.js';

/** A clinician the fuzzer sends requests as, with both ways of signing in. */
export interface Caller {
  name: string;
  clinicianId: string;
  credentials: Credentials;
}

// Admins and auditors see no clinical data: a clinician holds every other role at once.
const NON_CLINICAL: Role[] = ['admin', 'auditor'];

/**
 * The callers, in the order an operation tries them: a clinician with every clinical role, then
 * one clinician per role; all are members of the given care teams.
 */
export async function newCallers(t: TestApp, careTeamIds: string[]): Promise<Caller[]> {
  const kinds: [string, Role[]][] = [
    ['clinician', ROLES.filter((role) => !NON_CLINICAL.includes(role))],
    ...ROLES.map((role): [string, Role[]] => [role, [role]]),
  ];
  const callers: Caller[] = [];
  for (const [name, roles] of kinds) {
    // An admin without a second factor may only set one up: give admins one, as production requires.
    const clinician = await newClinician(t.dataSource, { roles, careTeamIds, totpEnabled: roles.includes('admin') });
    const { token } = await t.app.get(ApiTokenService).create(clinician.id, 'fuzz');
    callers.push({ name, clinicianId: clinician.id, credentials: { token, session: '', csrfToken: '' } });
  }
  await renewSessions(t, callers);
  return callers;
}

/** A fresh session for each caller: an operation (sign-out) may have ended the last one. */
export async function renewSessions(t: TestApp, callers: Caller[]): Promise<void> {
  for (const caller of callers) {
    const { token, session } = await t.app.get(SessionService).start(caller.clinicianId, null);
    caller.credentials.session = token;
    caller.credentials.csrfToken = session.csrfToken;
  }
}
