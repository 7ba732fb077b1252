import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf } from './treatment-episode.js';

/** The intake measurement counts from the enrolment day (day 1) through day 30. */
export const MBC_INTAKE_DAYS = 30;
/** The repeat measurement counts through day 90. */
export const MBC_FOLLOW_UP_DAYS = 90;

/**
 * Measurement-based care: a PHQ-9 or BAM at intake and again by day 90.
 * - Index: the enrolment day (intake into the programme), day 1. Not the naltrexone start: the
 *   instruments follow the therapy as much as the medication, a patient may be measured before the
 *   first dose or never start naltrexone, and one enrolment per patient leaves no re-induction to choose.
 * - Denominator: patients whose day 90 falls in the period (and so is on or before today).
 * - Numerator: a PHQ-9 or BAM on day 1-30, and another on a later day, by day 90.
 * - Value: the day number of the last PHQ-9 or BAM by day 90; null when there was none.
 * - Counted in the month of day 90 on the trend.
 */
export function measurementBasedCareMeasure(
  patient: Pick<MeasurePatient, 'enrolledOn' | 'instrumentDays'>,
  period: MeasurePeriod,
): MeasureOutcome {
  const day90 = dayOf(patient.enrolledOn, MBC_FOLLOW_UP_DAYS);
  if (day90 < period.from || day90 > period.to || day90 > period.asOf) return excluded('follow_up_not_in_period');
  const days = [...new Set(patient.instrumentDays ?? [])]
    .filter((day) => day >= patient.enrolledOn && day <= day90)
    .map((day) => dayNumber(patient.enrolledOn, day))
    .sort((a, b) => a - b);
  const first = days[0];
  const last = days.at(-1);
  const inNumerator = first !== undefined && last !== undefined && first <= MBC_INTAKE_DAYS && last > first;
  return counted(inNumerator, last ?? null, day90);
}
