import fc from 'fast-check';

/**
 * A long string that prints as `"a".repeat(100000)` in a counterexample and serializes as the
 * whole string (JSON.stringify calls toJSON), so a failing case stays readable.
 */
export class Repeated {
  constructor(
    readonly unit: string,
    readonly times: number,
  ) {}

  toJSON(): string {
    return this.unit.repeat(this.times);
  }

  toString(): string {
    return this.toJSON();
  }

  [fc.toStringMethod](): string {
    return `${JSON.stringify(this.unit)}.repeat(${this.times})`;
  }
}

/** An object of many fields (`k0: 0, k1: 1, ...`) that prints as `ManyKeys(1000)`. */
export class ManyKeys {
  constructor(readonly count: number) {}

  toJSON(): Record<string, number> {
    return Object.fromEntries(Array.from({ length: this.count }, (_, i) => [`k${i}`, i]));
  }

  [fc.toStringMethod](): string {
    return `ManyKeys(${this.count})`;
  }
}
