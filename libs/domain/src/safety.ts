import type { ClinicalDate } from './clinical-date.js';
import { laterOf } from './day-index.js';
import { PHQ9_SUICIDE_ITEM, phq9Item9Positive } from './instruments/phq9.js';

/** What a clinician concluded in a safety assessment after a positive PHQ-9 item 9. */
export const SAFETY_OUTCOMES = ['no_current_risk', 'low', 'moderate', 'high', 'referred_emergency'] as const;
export type SafetyOutcome = (typeof SAFETY_OUTCOMES)[number];

export const SAFETY_OUTCOME_LABELS: Record<SafetyOutcome, string> = {
  no_current_risk: 'No current risk',
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
  referred_emergency: 'Referred to emergency care',
};

export interface Phq9Answers {
  observedOn: ClinicalDate;
  items: readonly number[];
}

/** The item-9 answer of a PHQ-9 (0-3). */
export function phq9Item9Answer(items: readonly number[]): number {
  return items[PHQ9_SUICIDE_ITEM - 1] ?? 0;
}

/** The day of the latest PHQ-9 whose item 9 was answered above 0, or null. */
export function latestPositiveItem9On(phq9s: Iterable<Phq9Answers>): ClinicalDate | null {
  let latest: ClinicalDate | null = null;
  for (const phq9 of phq9s) if (phq9Item9Positive(phq9.items)) latest = laterOf(latest, phq9.observedOn);
  return latest;
}

/**
 * The suicide_risk flag: a positive item 9 with no safety assessment on or after its day. Days,
 * not instants, decide: an assessment recorded the same day answers that day's PHQ-9, and a
 * later positive PHQ-9 raises the flag again.
 */
export function suicideRiskOpen(positiveItem9On: ClinicalDate | null, lastAssessedOn: ClinicalDate | null): boolean {
  return positiveItem9On !== null && (lastAssessedOn === null || lastAssessedOn < positiveItem9On);
}
