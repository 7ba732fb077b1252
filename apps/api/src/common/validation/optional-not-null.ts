import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * A field that may be left out, but not sent as null: class-validator's IsOptional also skips
 * null, which then reached NOT NULL columns on updates (a 500). With this, null meets the
 * field's own rules and is refused by them; mapped types do the same with `skipNullProperties: false`.
 */
export function OptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}
