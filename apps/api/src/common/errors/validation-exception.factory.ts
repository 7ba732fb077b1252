import type { ValidationError } from '@nestjs/common';
import { ApiException } from './api-exception.js';
import { ErrorCode } from './error-code.js';

export interface FieldError {
  /** Dotted path of the field at fault, e.g. `lft.alt` or `items.2`. */
  field: string;
  messages: string[];
}

/** Longer field names are cut: an unknown field's name comes from the client and is echoed. */
const MAX_NAME_LENGTH = 64;

export function shortened(name: string): string {
  const characters = Array.from(name);
  return characters.length > MAX_NAME_LENGTH ? `${characters.slice(0, MAX_NAME_LENGTH).join('')}…` : name;
}

function flatten(errors: ValidationError[], parent?: string): FieldError[] {
  return errors.flatMap((error) => {
    const property = shortened(error.property);
    const field = parent ? `${parent}.${property}` : property;
    const messages = Object.values(error.constraints ?? {}).map((message) =>
      message.split(error.property).join(property),
    );
    const own = error.constraints ? [{ field, messages }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A body of a thousand unknown fields gets the first ones named, not an answer a hundred times its size. */
const MAX_FIELDS = 20;

/** Turns class-validator errors into one 400 that names the fields at fault (the first 20). */
export function validationExceptionFactory(errors: ValidationError[]): ApiException {
  const all = flatten(errors);
  const fields = all.slice(0, MAX_FIELDS);
  const more = all.length > fields.length ? ` (and ${all.length - fields.length} more fields)` : '';
  const summary = fields.map((f) => f.messages.join(', ')).join('; ');
  return new ApiException(400, ErrorCode.ValidationFailed, `Invalid request: ${summary}${more}`, { fields });
}
