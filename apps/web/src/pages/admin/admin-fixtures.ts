import type { CurrentUser } from '../../api/auth';
import type { CareTeamSummary } from '../../api/care-teams';
import type { Clinician } from '../../api/clinicians';
import type { MockReply, MockRoute } from '../../test/mock-api';
import { sessionOf, TEST_USER } from '../../test/session-fixtures';

export const ADMIN_USER: CurrentUser = {
  ...TEST_USER,
  id: 'admin-1',
  email: 'admin@example.org',
  displayName: 'Alex Admin',
  roles: ['admin'],
  careTeams: [],
  totpEnabled: true,
  totpSetupRequired: false,
};

export const TEAMS: CareTeamSummary[] = [
  { id: 't1', code: 'north', name: 'North Clinic', requireLeadApproval: false, patientCount: 120, activeCount: 80 },
  { id: 't2', code: 'south', name: 'South Clinic', requireLeadApproval: true, patientCount: 95, activeCount: 60 },
];

export const CLINICIANS: Clinician[] = [
  {
    id: 'admin-1',
    email: 'admin@example.org',
    displayName: 'Alex Admin',
    roles: ['admin'],
    careTeamIds: [],
    active: true,
    totpEnabled: true,
  },
  {
    id: 'c2',
    email: 'prescriber.north@example.org',
    displayName: 'Dr. Ada North',
    roles: ['prescriber'],
    careTeamIds: ['t1'],
    active: true,
    totpEnabled: false,
  },
  {
    id: 'c3',
    email: 'nurse.south@example.org',
    displayName: 'Sam South',
    roles: ['nurse', 'team_lead'],
    careTeamIds: ['t2', 't1'],
    active: false,
    totpEnabled: false,
  },
];

export const ok = (body: unknown): MockReply => ({ status: 200, body });

/** The admin page's reads, signed in as an administrator; `overrides` adds or replaces routes. */
export function adminRoutes(overrides: Record<string, MockRoute> = {}): Record<string, MockRoute> {
  return {
    'GET /api/auth/me': sessionOf(ADMIN_USER),
    'GET /api/health': ok({ status: 'ok', database: 'up' }),
    'GET /api/care-teams': ok(TEAMS),
    'GET /api/clinicians': ok(CLINICIANS),
    ...overrides,
  };
}

export function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

export function validationError(status: number, code: string, field: string, message: string): MockReply {
  return {
    status,
    body: {
      statusCode: status,
      code,
      message: `Invalid request: ${message}`,
      details: { fields: [{ field, messages: [message] }] },
    },
  };
}
