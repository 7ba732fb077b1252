import { ApiException } from './api-exception.js';
import { ErrorCode } from './error-code.js';

/**
 * A 400 naming one field, shaped like the ValidationPipe's errors, for rules that need the
 * database or the clinic's calendar (a future date, an unknown care team).
 */
export function fieldError(field: string, message: string): ApiException {
  return new ApiException(400, ErrorCode.ValidationFailed, `Invalid request: ${message}`, {
    fields: [{ field, messages: [message] }],
  });
}
