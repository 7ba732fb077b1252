import { QueryFailedError } from 'typeorm';

// Node's socket errors when the server is down, restarting or unreachable.
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

// SQLSTATEs of a server that is going away or refusing work: connection exceptions (class 08),
// shutdown and recovery (57P01-57P03), too many connections, a statement cut off by its timeout.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

// pg and pg-pool raise these as plain Errors, without a code.
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout$/,
  /is not queryable$/,
];

// TypeORM's names for a statement sent through a query runner it has released.
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when a failure means the database cannot be reached or did not answer in time, rather than
 * a fault of the request or the code: the client may retry, so it is answered 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // TypeORM releases a query runner whose connection raised an error; the transaction's next
  // statement then finds it released, through the runner or through its entity manager.
  if (RELEASED_RUNNER_ERRORS.has(String((error as { name?: unknown }).name))) return true;
  const cause = error instanceof QueryFailedError ? (error.driverError as object) : error;
  const code = codeOf(cause);
  if (code && (SOCKET_ERRORS.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))) return true;
  const message = cause instanceof Error ? cause.message : '';
  return DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}

const STATEMENT_TIMEOUT = '57014';

/**
 * isDatabaseUnavailable, less a statement that ran out of time: the database itself went away or
 * could not be reached, which retrying the same work later may well get past.
 */
export function isDatabaseLost(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const cause = error instanceof QueryFailedError ? (error.driverError as object) : (error as object);
  return codeOf(cause) !== STATEMENT_TIMEOUT;
}
