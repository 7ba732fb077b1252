import { isClinicalDate } from '@naltrack/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (2023-02-29 is refused, unlike IsDateString). */
export function IsClinicalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isClinicalDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isClinicalDate(value),
        defaultMessage: () => '$property must be a calendar date written YYYY-MM-DD',
      },
    },
    options,
  );
}
