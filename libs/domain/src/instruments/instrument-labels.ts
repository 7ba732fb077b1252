import type { InstrumentKind, InstrumentScore } from './instrument-score.js';

export const INSTRUMENT_LABELS: Record<InstrumentKind, string> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  audit_c: 'AUDIT-C',
  bam: 'BAM',
};

export const INSTRUMENT_BAND_LABELS: Record<string, string> = {
  none_minimal: 'none or minimal',
  minimal: 'minimal',
  mild: 'mild',
  moderate: 'moderate',
  moderately_severe: 'moderately severe',
  severe: 'severe',
  negative: 'negative',
  positive: 'positive',
};

/** One line a clinician reads: "PHQ-9 12 (moderate)", "BAM use 2 · risk 9 · protective 15". */
export function describeInstrumentScore(kind: InstrumentKind, score: InstrumentScore): string {
  const label = INSTRUMENT_LABELS[kind];
  if (score.total === null) {
    const parts = Object.entries(score.subscores).map(([name, value]) => `${name} ${value}`);
    return `${label} ${parts.join(' · ')}`;
  }
  const band = score.band ? ` (${INSTRUMENT_BAND_LABELS[score.band] ?? score.band})` : '';
  return `${label} ${score.total}${band}`;
}
