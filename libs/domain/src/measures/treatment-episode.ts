import { addDays, type ClinicalDate, daysBetween } from '../clinical-date.js';
import type { ClinicalSettings } from '../clinical-settings.js';
import { supplyOf } from '../coverage.js';
import type { MedicationEventInput } from '../medication.js';
import type { MeasurePeriod } from './measure-types.js';

/**
 * The naltrexone course a cohort measure follows: the patient's first start dated in the period,
 * up to (not including) the next start, which opens a new course (a re-induction).
 */
export interface TreatmentEpisode {
  startedOn: ClinicalDate;
  nextStartOn: ClinicalDate | null;
}

export function indexEpisode(startDates: readonly ClinicalDate[], period: MeasurePeriod): TreatmentEpisode | null {
  const sorted = [...startDates].sort();
  const startedOn = sorted.find((day) => day >= period.from && day <= period.to);
  if (startedOn === undefined) return null;
  return { startedOn, nextStartOn: sorted.find((day) => day > startedOn) ?? null };
}

/** A day belongs to the episode, and the record already knows it. */
export function isInEpisode(day: ClinicalDate, episode: TreatmentEpisode, asOf: ClinicalDate): boolean {
  return day >= episode.startedOn && (episode.nextStartOn === null || day < episode.nextStartOn) && day <= asOf;
}

/** Day numbers count the index day as day 1, as the caseload counts days on naltrexone. */
export function dayNumber(indexOn: ClinicalDate, day: ClinicalDate): number {
  return daysBetween(indexOn, day) + 1;
}

/** The date of day `n` counted from the index day (day 1). */
export function dayOf(indexOn: ClinicalDate, n: number): ClinicalDate {
  return addDays(indexOn, n - 1);
}

/** A dispense, injection or dose that puts naltrexone in the patient's hands (not missed, refused or a kit). */
export function givesNaltrexone(event: MedicationEventInput, settings: ClinicalSettings): boolean {
  return supplyOf(event, settings).days > 0;
}
