export const SIGN_IN_PATH = '/login';
export const SECOND_FACTOR_SETUP_PATH = '/setup-second-factor';

/** What the guard remembers in the navigation state (never in the URL) when it sends someone away. */
export interface ReturnState {
  from: string;
}

/**
 * Only the path is kept: a query string can carry a search for a patient's name. Paths of this
 * app only (a leading single slash), so the state can never send anyone to another site.
 */
function cleanPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const path = value.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return undefined;
  if (path === SIGN_IN_PATH || path === SECOND_FACTOR_SETUP_PATH) return undefined;
  return path;
}

export function returnStateFor(pathname: string): ReturnState | undefined {
  const from = cleanPath(pathname);
  return from && from !== '/' ? { from } : undefined;
}

/** Where to go once signed in (or set up): the remembered path, or Today. */
export function returnPathOf(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as Partial<ReturnState>).from : undefined;
  return cleanPath(from) ?? '/';
}
