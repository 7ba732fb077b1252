import type { ValidationError } from '@nestjs/common';
import { ApiException } from './api-exception.js';
import { ErrorCode } from './error-code.js';

export interface FieldError {
  /** Dotted path of the field at fault, e.g. `lft.alt` or `items.2`. */
  field: string;
  messages: string[];
}

function flatten(errors: ValidationError[], parent?: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Turns class-validator errors into one 400 that names every field at fault. */
export function validationExceptionFactory(errors: ValidationError[]): ApiException {
  const fields = flatten(errors);
  const summary = fields.map((f) => f.messages.join(', ')).join('; ');
  return new ApiException(400, ErrorCode.ValidationFailed, `Invalid request: ${summary}`, { fields });
}
