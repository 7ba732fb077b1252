import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Refuses a field unless `applies(object)` holds, e.g. `daysSupply` on anything but a dispense.
 * A field that does not belong is an error rather than silently ignored: it usually means the
 * caller meant something else.
 */
export function AllowedOnlyWhen(
  applies: (object: Record<string, unknown>) => boolean,
  description: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'allowedOnlyWhen',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          value === undefined || applies((args?.object ?? {}) as Record<string, unknown>),
        defaultMessage: () => `$property is only allowed ${description}`,
      },
    },
    options,
  );
}
