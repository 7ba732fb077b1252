import { addDays } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { coveredDays } from '../coverage.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf, indexEpisode, isInEpisode } from './treatment-episode.js';

export const RETENTION_DAYS = [90, 180] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number];

/**
 * Retention on naltrexone at 90 or 180 days.
 * - Denominator: patients whose first naltrexone start in the period (see indexEpisode) is at
 *   least `days` days old: day `days` (the start is day 1) is on or before today.
 * - Coverage: the same rule as PDC (coverage.ts): the episode's dispenses and injections shift
 *   forward when they overlap (PQA), so an early refill carries its supply forward; a dose taken
 *   covers its own day; an injection covers settings.xrInjectionCoverageDays. A later start ends
 *   the episode: its coverage stops the day before, so a re-induction never counts as retention of
 *   the course before it.
 * - Planned end: a switch to another medication completed in the episode before day `days` leaves
 *   the denominator (planned_end): the team ended naltrexone on purpose, the patient did not drop out.
 * - Numerator: covered on day `days` or a later day.
 * - Value: the day number of the episode's last covered day; null when it had no coverage.
 * SQL computes this measure set-wise (apps/api/src/measures); an integration test holds both to
 * the same answer patient by patient.
 */
export function retentionMeasure(
  days: RetentionDays,
  patient: Pick<MeasurePatient, 'startDates' | 'medicationEvents' | 'plannedEnds'>,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const episode = indexEpisode(patient.startDates, period);
  if (episode === null) return excluded('no_start_in_period');
  const endedByPlan = (patient.plannedEnds ?? []).some(
    (day) => isInEpisode(day, episode, period.asOf) && day < dayOf(episode.startedOn, days),
  );
  if (endedByPlan) return excluded('planned_end');
  if (dayOf(episode.startedOn, days) > period.asOf) return excluded('follow_up_not_over');

  const events = patient.medicationEvents.filter((e) => isInEpisode(e.occurredOn, episode, period.asOf));
  const lastDay = episode.nextStartOn === null ? null : addDays(episode.nextStartOn, -1);
  const covered = coveredDays(events, settings).filter((day) => lastDay === null || day <= lastDay);
  const last = covered[covered.length - 1];
  const value = last === undefined ? null : dayNumber(episode.startedOn, last);
  return counted(value !== null && value >= days, value, episode.startedOn);
}
