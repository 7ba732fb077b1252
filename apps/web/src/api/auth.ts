import { apiClient, SESSION_ERROR_CODES, setCsrfToken } from './api-client';
import { ApiError } from './api-error';
import type { ApiSchema } from './api-schemas';

/** A care team the user belongs to, as `/auth/me` lists it. */
export type CareTeamRef = ApiSchema<'CareTeamRefDto'>;

/** The signed-in clinician. Mirrors the API's CurrentUserDto. */
export type CurrentUser = ApiSchema<'CurrentUserDto'>;

/** What sign-in and `/auth/me` answer. The token is null only for API-token callers, never in a browser. */
export type CurrentSession = ApiSchema<'CurrentSessionDto'>;

export interface Credentials {
  email: string;
  password: string;
  /** The authenticator code, sent once the API answered TOTP_REQUIRED. */
  totpCode?: string;
}

export type TotpSetup = ApiSchema<'TotpSetupDto'>;

/** Error codes of the sign-in endpoints that screens branch on. */
export const AUTH_ERROR_CODES = {
  ...SESSION_ERROR_CODES,
  invalidCredentials: 'INVALID_CREDENTIALS',
  totpRequired: 'TOTP_REQUIRED',
  invalidTotp: 'INVALID_TOTP',
  tooManyRequests: 'TOO_MANY_REQUESTS',
} as const;

/** Keeps the token in the API client's memory; callers (and the query cache) only get the user. */
function remember(session: CurrentSession): CurrentUser {
  setCsrfToken(session.csrfToken);
  return session.user;
}

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not a failure). */
export async function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return remember(await apiClient.get<CurrentSession>('/auth/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.code === AUTH_ERROR_CODES.unauthenticated) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Signs in; the API sets the session cookie. */
export async function createSession(credentials: Credentials): Promise<CurrentUser> {
  return remember(await apiClient.post<CurrentSession>('/auth/login', credentials));
}

export async function deleteSession(): Promise<void> {
  try {
    await apiClient.post<void>('/auth/logout');
  } finally {
    // Whatever the server said, this tab must not write with the old token again.
    setCsrfToken(null);
  }
}

export function createTotpSetup(): Promise<TotpSetup> {
  return apiClient.post<TotpSetup>('/auth/totp/setup');
}

export function enableTotp(code: string): Promise<void> {
  return apiClient.post<void>('/auth/totp/enable', { code });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Seconds until sign-in may be tried again, from a 429's `details.retryAfterSeconds`. */
export function retryAfterSecondsOf(error: ApiError): number | undefined {
  const seconds = isRecord(error.details) ? error.details.retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}
