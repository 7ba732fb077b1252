import { ApiException } from './api-exception.js';
import { ErrorCode } from './error-code.js';

/** The one answer for a record that does not exist or that the caller may not see. */
export function notFound(what: string): ApiException {
  return new ApiException(404, ErrorCode.NotFound, `${what} not found`);
}
