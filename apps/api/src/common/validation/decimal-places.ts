import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals. class-validator's IsNumber({ maxDecimalPlaces })
 * throws on numbers JavaScript writes with an exponent (1e-7, 5e-324), which answered 500
 * (https://github.com/typestack/class-validator/issues/1705).
 */
export function hasDecimalPlaces(value: unknown, places: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

export function IsNumberWithDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNumberWithDecimals',
      constraints: [places],
      validator: {
        validate: (value: unknown) => hasDecimalPlaces(value, places),
        defaultMessage: () => `$property must be a number with at most ${places} decimal places`,
      },
    },
    options,
  );
}
