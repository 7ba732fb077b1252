import { addDays, type ClinicalDate, coveredDays, daysBetween } from '@naltrack/domain';
import type { MedicationEvent } from '../../api/medication';
import type { Adherence } from '../../api/patients';

export type AdherenceDayState = 'covered' | 'gap' | 'missed' | 'not_started';

export interface AdherenceDay {
  on: ClinicalDate;
  state: AdherenceDayState;
}

export const ADHERENCE_DAY_LABELS: Record<AdherenceDayState, string> = {
  covered: 'covered',
  gap: 'gap (8 or more days uncovered)',
  missed: 'not covered',
  not_started: 'before the first fill',
};

/**
 * Each day of the adherence period. Coverage comes from the domain's own rule over the events (the
 * same one the API's PDC uses); gaps come from the API, so the strip and the PDC agree.
 */
export function adherenceDays(adherence: Adherence, events: readonly MedicationEvent[]): AdherenceDay[] {
  const covered = new Set(coveredDays(events));
  const start = adherence.periodStart ?? null;
  const length = daysBetween(adherence.from, adherence.to) + 1;
  const inGap = (on: ClinicalDate) => adherence.gaps.some((gap) => gap.from <= on && on <= gap.to);
  return Array.from({ length }, (_, index) => {
    const on = addDays(adherence.from, index);
    let state: AdherenceDayState;
    if (covered.has(on)) state = 'covered';
    else if (inGap(on)) state = 'gap';
    else if (start === null || on < start) state = 'not_started';
    else state = 'missed';
    return { on, state };
  });
}
