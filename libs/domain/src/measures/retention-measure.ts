import { addDays, type ClinicalDate } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { supplyOf } from '../coverage.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf, indexEpisode, isInEpisode } from './treatment-episode.js';

export const RETENTION_DAYS = [90, 180] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number];

/**
 * Retention on naltrexone at 90 or 180 days.
 * - Denominator: patients whose first naltrexone start in the period (see indexEpisode) is at
 *   least `days` days old: day `days` (the start is day 1) is on or before today.
 * - Numerator: still supplied on day `days`: some dispense, injection or dose of the episode
 *   supplies that day or a later one, each counted from its own day without shifting (an
 *   injection supplies settings.xrInjectionCoverageDays). A later start ends the episode (supply
 *   counts up to the day before it), so a re-induction never counts as retention of the course
 *   before it.
 * - Value: the day number of the last day the episode's supply reaches; null when it had none.
 * SQL computes this measure set-wise (apps/api/src/measures); an integration test holds both to
 * the same answer patient by patient.
 */
export function retentionMeasure(
  days: RetentionDays,
  patient: Pick<MeasurePatient, 'startDates' | 'medicationEvents'>,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const episode = indexEpisode(patient.startDates, period);
  if (episode === null) return excluded('no_start_in_period');
  if (dayOf(episode.startedOn, days) > period.asOf) return excluded('follow_up_not_over');

  let suppliedThrough: ClinicalDate | null = null;
  for (const event of patient.medicationEvents) {
    const supply = supplyOf(event, settings).days;
    if (supply === 0 || !isInEpisode(event.occurredOn, episode, period.asOf)) continue;
    const supplied = addDays(event.occurredOn, supply - 1);
    const through =
      episode.nextStartOn !== null && supplied >= episode.nextStartOn ? addDays(episode.nextStartOn, -1) : supplied;
    if (suppliedThrough === null || through > suppliedThrough) suppliedThrough = through;
  }
  const value = suppliedThrough === null ? null : dayNumber(episode.startedOn, suppliedThrough);
  return counted(value !== null && value >= days, value, episode.startedOn);
}
