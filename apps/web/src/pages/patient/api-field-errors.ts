import { SESSION_ERROR_CODES } from '../../api/api-client';
import { ApiError } from '../../api/api-error';

/** The messages the API gave for one field, joined for an input's `error` prop. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.messagesFor(field);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/**
 * Whether the error needs a message above the form: anything but a validation error whose every
 * field is shown beside its input.
 */
export function needsFormAlert(error: unknown, shownFields: readonly string[]): boolean {
  if (!error) return false;
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return true;
  return error.fieldErrors.some((f) => !shownFields.includes(f.field));
}

/**
 * A 403 that is about the caller's role, not the session (an expired session or a stale CSRF token
 * is handled app-wide and is not a reason to hide a form).
 */
export function isPermissionDenied(error: unknown): boolean {
  const sessionCodes: readonly string[] = Object.values(SESSION_ERROR_CODES);
  return error instanceof ApiError && error.statusCode === 403 && !sessionCodes.includes(error.code);
}
