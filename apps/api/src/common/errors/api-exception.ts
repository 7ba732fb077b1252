import { HttpException } from '@nestjs/common';
import type { ErrorCode } from './error-code.js';

/**
 * An error meant for the client: its status, code, message and details are answered as they are.
 * Services throw this (or a subclass) for every refusal a client should understand.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode | string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message, status);
  }
}
