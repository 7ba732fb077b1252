import { ApiError } from './api-error';

const API_BASE = '/api';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Query parameters; null and undefined values are left out. */
  query?: Record<string, QueryValue>;
  /** TanStack Query passes one so that abandoned requests are cancelled. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Non-2xx statuses whose body is a regular answer, e.g. 503 from `/health`. */
  acceptStatuses?: readonly number[];
}

function urlFor(path: string, query: RequestOptions['query']): string {
  const url = `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined) params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    // A broken JSON body is reported like any other unexpected answer, by the caller.
    return text;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * The session's CSRF token, in module memory only: never in storage or the URL, so it dies with
 * the tab and no script reading storage can find it. The API sets it on sign-in and on `/auth/me`.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Errors that say the session itself is in question, not the request: see `onAuthError`. */
export const SESSION_ERROR_CODES = {
  unauthenticated: 'UNAUTHENTICATED',
  totpSetupRequired: 'TOTP_SETUP_REQUIRED',
  /** The cookie belongs to a newer session than the token (signed in again in another tab). */
  csrfTokenInvalid: 'CSRF_TOKEN_INVALID',
} as const;

const SESSION_ERRORS: readonly string[] = Object.values(SESSION_ERROR_CODES);

type AuthErrorListener = (error: ApiError) => void;
const authErrorListeners = new Set<AuthErrorListener>();

/**
 * Calls `listener` whenever any request answers 401 UNAUTHENTICATED (the session has ended),
 * 403 TOTP_SETUP_REQUIRED or 403 CSRF_TOKEN_INVALID, wherever the request came from.
 * Returns the unsubscribe function.
 */
export function onAuthError(listener: AuthErrorListener): () => void {
  authErrorListeners.add(listener);
  return () => {
    authErrorListeners.delete(listener);
  };
}

async function request<T>(method: HttpMethod, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json', ...options.headers });
  // The API refuses any write made with the session cookie that does not echo the token.
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal ?? null };
  if (body !== undefined) {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(urlFor(path, options.query), init);
  } catch (error) {
    // Cancellation is not a failure: TanStack Query expects the AbortError itself.
    if (isAbort(error)) throw error;
    throw ApiError.network(error);
  }

  const payload = await readBody(response);
  if (response.ok || options.acceptStatuses?.includes(response.status)) {
    // The API's contract (OpenAPI) is the type's source; the server validates what it sends.
    return payload as T;
  }
  const error = ApiError.fromResponse(response.status, payload, response.headers.get('x-request-id'));
  if (SESSION_ERRORS.includes(error.code)) {
    for (const listener of authErrorListeners) listener(error);
  }
  throw error;
}

/**
 * The one way the dashboard talks to the API: JSON in and out, same-origin cookies, the CSRF token on
 * writes, `ApiError` on failure.
 */
export const apiClient = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};
