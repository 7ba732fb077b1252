/** The instruments recorded item by item as observations, scored in this folder. */
export const INSTRUMENT_KINDS = ['phq9', 'gad7', 'audit_c', 'bam'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export function isInstrumentKind(value: unknown): value is InstrumentKind {
  return (INSTRUMENT_KINDS as readonly unknown[]).includes(value);
}

/**
 * What an instrument's items come to. `total` is null for the BAM, which has no validated total;
 * `band` is null where the instrument publishes none. Flags are facts later rules act on (a PHQ-9
 * item 9 answer above 0, a positive AUDIT-C), kept with the score so no reader recomputes them.
 */
export interface InstrumentScore {
  total: number | null;
  subscores: Record<string, number>;
  band: string | null;
  flags: InstrumentFlag[];
}

export const INSTRUMENT_FLAGS = [
  'item9_positive',
  'positive_screen',
  'any_use',
  'risk_high',
  'protection_low',
] as const;
export type InstrumentFlag = (typeof INSTRUMENT_FLAGS)[number];

/** A band of totals, both ends included. */
export interface ScoreBand<B extends string> {
  band: B;
  min: number;
  max: number;
}

export function bandOf<B extends string>(bands: readonly ScoreBand<B>[], total: number): B {
  const found = bands.find((b) => total >= b.min && total <= b.max);
  if (!found) throw new RangeError(`No band holds the total ${total}`);
  return found.band;
}
