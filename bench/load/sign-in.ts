import type { HttpClient } from './http-client.js';
import type { LoadClinician } from './load-database.js';

/** A signed-in clinician: the headers of their reads and of their writes. */
export interface Caller {
  clinician: LoadClinician;
  via: 'session' | 'token';
  read: Record<string, string>;
  write: Record<string, string>;
}

function answerOf<T>(what: string, status: number, body: string): T {
  if (status < 200 || status >= 300) throw new Error(`${what} answered ${status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

/**
 * Signs a clinician in as the dashboard does (session cookie, CSRF token on writes). Every second
 * clinician then works as a script would, with a personal API token made in that session.
 */
export async function signIn(client: HttpClient, clinician: LoadClinician, password: string, index: number) {
  const login = await client.send({
    method: 'POST',
    path: '/api/auth/login',
    headers: {},
    body: { email: clinician.email, password },
  });
  const { csrfToken } = answerOf<{ csrfToken: string }>(`sign-in of ${clinician.email}`, login.status, login.body);
  const setCookie = login.headers['set-cookie']?.[0];
  if (!setCookie) throw new Error(`sign-in of ${clinician.email} set no cookie`);
  const cookie = setCookie.split(';')[0] ?? '';
  const session: Caller = {
    clinician,
    via: 'session',
    read: { cookie },
    write: { cookie, 'x-csrf-token': csrfToken },
  };
  if (index % 2 === 0) return session;
  const made = await client.send({
    method: 'POST',
    path: '/api/auth/tokens',
    headers: session.write,
    body: { name: 'load run', expiresInDays: 1 },
  });
  const { token } = answerOf<{ token: string }>(`token of ${clinician.email}`, made.status, made.body);
  const bearer = { authorization: `Bearer ${token}` };
  return { clinician, via: 'token', read: bearer, write: bearer } satisfies Caller;
}
