import type { ApiErrorBody } from '@naltrack/domain';

/** One field the API refused, as its validation errors name it (`details.fields`). */
export interface FieldError {
  /** Dotted path of the field, e.g. `lft.alt`. */
  field: string;
  messages: string[];
}

/** Codes the client itself assigns when there is no API error body to read. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  unexpectedResponse: 'UNEXPECTED_RESPONSE',
} as const;

export interface ApiErrorInit extends ApiErrorBody {
  requestId?: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    isRecord(value) &&
    typeof value.statusCode === 'number' &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    Array.isArray(value.messages) &&
    value.messages.every((message) => typeof message === 'string')
  );
}

/** Everything a failed API call throws, so screens branch on `code` and show `message`. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly details: unknown;
  /** The server's request id: what a clinician quotes when reporting a problem. */
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit, options?: ErrorOptions) {
    super(init.message, options);
    this.name = 'ApiError';
    this.statusCode = init.statusCode;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
  }

  /** Builds the error from a non-2xx answer; bodies that are not ours (proxy pages) get a generic message. */
  static fromResponse(statusCode: number, body: unknown, requestIdHeader: string | null): ApiError {
    const requestId =
      isRecord(body) && typeof body.requestId === 'string' ? body.requestId : (requestIdHeader ?? undefined);
    if (isApiErrorBody(body)) {
      return new ApiError({ ...body, statusCode, requestId });
    }
    return new ApiError({
      statusCode,
      code: CLIENT_ERROR_CODES.unexpectedResponse,
      message: `The server answered with an unexpected error (HTTP ${statusCode}).`,
      requestId,
    });
  }

  /** The request never got an answer: offline, API stopped, DNS, CORS. */
  static network(cause: unknown): ApiError {
    return new ApiError(
      { statusCode: 0, code: CLIENT_ERROR_CODES.network, message: 'Cannot reach the Naltrack server.' },
      { cause },
    );
  }

  get isNetworkError(): boolean {
    return this.code === CLIENT_ERROR_CODES.network;
  }

  /** The fields a validation error names; empty for any other error. */
  get fieldErrors(): FieldError[] {
    if (!isRecord(this.details) || !Array.isArray(this.details.fields)) return [];
    return this.details.fields.filter(isFieldError);
  }

  /** Messages for one field, to show beside its input. */
  messagesFor(field: string): string[] {
    return this.fieldErrors.filter((error) => error.field === field).flatMap((error) => error.messages);
  }
}

/** What to tell a person about any thrown value; internals of unexpected errors stay out of the UI. */
export function errorMessageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
