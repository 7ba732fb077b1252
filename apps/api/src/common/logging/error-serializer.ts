import pg from 'pg';
import { pino } from 'pino';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';

/**
 * What an error may show in a log: identifiers of what failed, never values. A database error also
 * carries `query`, `parameters`, `detail` (a unique violation's quotes the key, a check violation's
 * the whole row), `where` and `hint`, and a driver's `message` can quote the value it refused; all of
 * that is patient data, so only these keys are kept.
 */
const SAFE_KEYS = [
  'code',
  'status',
  'statusCode',
  'errno',
  'syscall',
  'address',
  'port',
  'severity',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
] as const;

type SafeValue = string | number | boolean;

export interface SerializedError {
  type: string;
  message?: string;
  stack?: string;
  cause?: SerializedError;
  aggregateErrors?: SerializedError[];
  [key: string]: SafeValue | SerializedError | SerializedError[] | undefined;
}

// Causes nest rarely; a cycle must not recurse forever.
const MAX_DEPTH = 4;

/** Errors whose message can quote what was sent: the database's, TypeORM's lookups, JSON.parse's. */
function quotesValues(error: Error): boolean {
  return (
    error instanceof QueryFailedError ||
    error instanceof pg.DatabaseError ||
    error instanceof EntityNotFoundError ||
    error instanceof SyntaxError
  );
}

/** The frames of a stack, without its first lines: they repeat the error's message. */
export function framesOf(stack: string | undefined): string {
  const at = stack?.indexOf('\n    at ') ?? -1;
  return stack && at >= 0 ? stack.slice(at) : '';
}

function isSafe(value: unknown): value is SafeValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function serialize(value: unknown, depth: number): SerializedError {
  if (!(value instanceof Error)) return { type: value === null ? 'null' : typeof value };
  // pino's serializer names the type and copies every enumerable key; only the safe ones stay.
  const base = pino.stdSerializers.err(value) as unknown as Record<string, unknown> & { type: string };
  const driver = value instanceof QueryFailedError ? (value.driverError as Record<string, unknown>) : {};
  const safe: SerializedError = { type: base.type };
  for (const key of SAFE_KEYS) {
    const found = base[key] ?? driver[key];
    if (isSafe(found)) safe[key] = found;
  }
  if (quotesValues(value)) {
    safe.stack = `${base.type}${framesOf(value.stack)}`;
  } else {
    // The error's own message and stack: pino's would append its causes', which may quote values.
    safe.message = value.message;
    if (value.stack) safe.stack = value.stack;
  }
  if (depth < MAX_DEPTH && value.cause !== undefined) safe.cause = serialize(value.cause, depth + 1);
  const errors: unknown = (value as { errors?: unknown }).errors;
  if (depth < MAX_DEPTH && Array.isArray(errors)) {
    safe.aggregateErrors = errors.map((error) => serialize(error, depth + 1));
  }
  return safe;
}

/** pino's `err` serializer for every logger of the app: type, codes and names, no patient data. */
export function serializeError(value: unknown): SerializedError {
  return serialize(value, 0);
}
