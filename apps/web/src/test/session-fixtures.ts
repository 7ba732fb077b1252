import type { CurrentUser } from '../api/auth';
import type { MockReply } from './mock-api';

export const TEST_CSRF_TOKEN = 'csrf-test-token-6f1d2a';

export const TEST_USER: CurrentUser = {
  id: 'u1',
  email: 'prescriber.north@example.org',
  displayName: 'Dr. Ada North',
  roles: ['prescriber', 'team_lead'],
  careTeams: [{ id: 't1', code: 'north', name: 'North Clinic' }],
  totpEnabled: false,
  totpSetupRequired: false,
  clinicTimeZone: 'America/New_York',
};

/** `GET /api/auth/me` (or a sign-in) answering with a session for `user`. */
export function sessionOf(user: CurrentUser = TEST_USER): MockReply {
  return { status: 200, body: { user, csrfToken: TEST_CSRF_TOKEN } };
}

/** The default: a signed-in prescriber, for specs about pages rather than sign-in. */
export const SIGNED_IN: MockReply = sessionOf();

export const UNAUTHENTICATED: MockReply = {
  status: 401,
  body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in to continue' },
};
