import type { ApiErrorBody } from '@naltrack/domain';
import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { ApiException } from './api-exception.js';
import { defaultCodeFor, ErrorCode } from './error-code.js';

export interface ErrorResponse {
  body: ApiErrorBody;
  /** True when the error is ours to investigate: logged with its stack, answered generically. */
  unexpected: boolean;
}

const PG_UNIQUE_VIOLATION = '23505';

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * The one mapping from anything thrown to what a client sees: `{statusCode, code, message,
 * details?}`. Only errors meant for clients keep their message; everything else answers a generic
 * 500 so that no stack trace, SQL or driver message leaves the server.
 */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof ApiException) {
    const status = exception.getStatus();
    const body: ApiErrorBody = { statusCode: status, code: exception.code, message: exception.message };
    if (exception.details !== undefined) body.details = exception.details;
    return { body, unexpected: status >= 500 };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const message = status >= 500 ? 'The server could not complete the request' : messageOf(exception);
    return { body: { statusCode: status, code: defaultCodeFor(status), message }, unexpected: status >= 500 };
  }
  if (
    exception instanceof QueryFailedError &&
    (exception.driverError as { code?: string }).code === PG_UNIQUE_VIOLATION
  ) {
    // A safety net: services name the conflicting field themselves where they expect one.
    return {
      body: { statusCode: 409, code: ErrorCode.Conflict, message: 'The record conflicts with an existing one' },
      unexpected: false,
    };
  }
  if (isDatabaseUnavailable(exception)) {
    // Logged like any failure of ours, but answered as what it is: the client may retry.
    return {
      body: {
        statusCode: 503,
        code: ErrorCode.DatabaseUnavailable,
        message: 'The database is unavailable; try again shortly',
      },
      unexpected: true,
    };
  }
  return {
    body: { statusCode: 500, code: ErrorCode.InternalError, message: 'An unexpected error occurred' },
    unexpected: true,
  };
}
