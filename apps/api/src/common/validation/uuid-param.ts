import { ParseUUIDPipe } from '@nestjs/common';
import { fieldError } from '../errors/field-error.js';

/** Parses a UUID path parameter; a malformed one answers 400 naming the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => fieldError(name, `${name} must be a UUID`) });
}
