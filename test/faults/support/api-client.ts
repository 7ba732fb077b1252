/** What one HTTP call came to: an answer, or no answer at all within the client's deadline. */
export interface Outcome {
  status: number | 'no-answer';
  /** The error code of a JSON error body. */
  code?: string;
  body: unknown;
  elapsedMs: number;
  /** Why nothing came back (connection refused or reset, the deadline passed). */
  failure?: string;
}

/**
 * The longest a request may take before it counts as a hang. The fault specs run the app with a
 * 2 s connect and 5 s statement timeout (the driver gives up 5 s later): a write whose statement
 * and then rollback both wait out the driver takes about 22 s. The rest is room for a 2-core
 * machine shared with other suites, where the in-process PDF export also takes its turns.
 */
export const REQUEST_DEADLINE_MS = 45_000;

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): ApiClient {
    return new ApiClient(this.baseUrl, { ...this.headers, ...headers });
  }

  /** The raw response, for a file download. */
  fetch(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: this.headers, signal: AbortSignal.timeout(REQUEST_DEADLINE_MS) });
  }

  get(path: string): Promise<Outcome> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown, contentType = 'application/json'): Promise<Outcome> {
    return this.send('POST', path, typeof body === 'string' ? body : JSON.stringify(body), contentType);
  }

  async send(method: string, path: string, body?: string, contentType?: string): Promise<Outcome> {
    const started = Date.now();
    const headers = { ...this.headers, ...(contentType ? { 'content-type': contentType } : {}) };
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
      });
      const text = await response.text();
      const parsed = parseJson(text);
      const code = typeof parsed === 'object' && parsed && 'code' in parsed ? String(parsed.code) : undefined;
      return { status: response.status, code, body: parsed, elapsedMs: Date.now() - started };
    } catch (error) {
      return { status: 'no-answer', body: null, elapsedMs: Date.now() - started, failure: failureOf(error) };
    }
  }
}

/** fetch's own error says only "fetch failed"; its cause says why. (Errors of Node's realm fail `instanceof Error` in Jest's.) */
function failureOf(error: unknown): string {
  const { message, cause } = error as { message?: string; cause?: { message?: string; code?: string } };
  return [message, cause?.code, cause?.message].filter(Boolean).join(': ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Signs a demo clinician in and makes a personal API token, so the traffic needs no CSRF dance. */
export async function tokenClient(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const session = await signIn(baseUrl, email, password);
  const created = await session.post('/api/auth/tokens', { name: 'fault suite' });
  if (created.status !== 201) throw new Error(`no token for ${email}: ${JSON.stringify(created)}`);
  const { token } = created.body as { token: string };
  return new ApiClient(baseUrl, { authorization: `Bearer ${token}` });
}

/** A client with a clinician's session cookie and CSRF token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return new ApiClient(baseUrl, { cookie, 'x-csrf-token': csrfToken });
}
