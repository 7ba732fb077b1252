import { type ClinicalDate, type InstrumentKind, PACS_TOTAL_MAX, type Sex, scoreInstrument } from '@naltrack/domain';
import type { DemoObservation } from './demo-types.js';

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));

/**
 * Items that follow a patient's distress, 0 (none) to 1 (the worst craving): more symptoms, use
 * and risk, less protection. Deterministic, so the demo's random draws stay as they were. PHQ-9
 * item 9 stays 0 here; demo-safety.ts gives a few patients a positive answer.
 */
function itemsAt(kind: InstrumentKind, level: number): number[] {
  switch (kind) {
    case 'phq9':
      return Array.from({ length: 9 }, (_, i) => (i === 8 ? 0 : clamp(level * 3 + (i % 3) * 0.3 - 0.3, 3)));
    case 'gad7':
      return Array.from({ length: 7 }, (_, i) => clamp(level * 3 + (i % 2) * 0.4 - 0.4, 3));
    case 'audit_c':
      return [clamp(level * 4 + 0.5, 4), clamp(level * 3, 4), clamp(level * 3, 4)];
    case 'bam':
      return bamItems(level);
  }
}

/** The BAM's 17 items in order (see libs/domain/src/instruments/bam.ts); item 14, income, is 0 or 4. */
function bamItems(level: number): number[] {
  const use = clamp(level * 3 - 0.5, 4);
  const risk = clamp(level * 4, 4);
  const protection = clamp((1 - level) * 4, 4);
  const income = level < 0.5 ? 4 : 0;
  return [
    risk,
    risk,
    risk,
    use,
    use,
    use,
    use,
    risk,
    protection,
    protection,
    risk,
    protection,
    protection,
    income,
    risk,
    protection,
    protection,
  ];
}

/**
 * The instruments of measurement-based care at intake and at the last assessment: PHQ-9, GAD-7
 * and BAM for everyone, AUDIT-C for AUD, each following the PACS total of that day.
 */
export function instrumentObservations(
  pacs: readonly DemoObservation[],
  options: { sex: Sex; hasAud: boolean; therapist: string },
): DemoObservation[] {
  const first = pacs[0];
  const last = pacs.length > 1 ? pacs.at(-1) : undefined;
  const kinds: InstrumentKind[] = ['phq9', 'gad7', 'bam', ...(options.hasAud ? (['audit_c'] as const) : [])];
  return [first, last].flatMap((assessment) => {
    if (!assessment) return [];
    const level = (assessment.value ?? 0) / PACS_TOTAL_MAX;
    return kinds.map((kind) => instrument(kind, assessment.observedOn, level, options));
  });
}

function instrument(
  kind: InstrumentKind,
  observedOn: ClinicalDate,
  level: number,
  options: { sex: Sex; therapist: string },
): DemoObservation {
  const items = itemsAt(kind, level);
  const score = scoreInstrument(kind, items, options.sex);
  return {
    kind,
    observedOn,
    items,
    value: score.total,
    results: null,
    substance: null,
    score,
    recordedBy: options.therapist,
  };
}
