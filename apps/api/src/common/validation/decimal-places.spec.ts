import { hasDecimalPlaces } from './decimal-places.js';

describe('hasDecimalPlaces', () => {
  it.each([0, 1, 12.5, 12.25, 380, -3.5, 1e21])('takes %p with two places', (value) => {
    expect(hasDecimalPlaces(value, 2)).toBe(true);
  });

  it.each([12.345, 0.1 + 0.2, 1e-7, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, '12', null])(
    'refuses %p with two places, without throwing on exponents',
    (value) => {
      expect(hasDecimalPlaces(value, 2)).toBe(false);
    },
  );
});
