import { isAttended } from '../attendance.js';
import { ageOn, type ClinicalDate } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { MEASURE_CONSTANTS } from './measure-catalog.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf, givesNaltrexone } from './treatment-episode.js';

type IetPatient = Pick<MeasurePatient, 'birthDate' | 'enrolledOn' | 'medicationEvents' | 'sessions'>;

/*
 * HEDIS IET (Initiation and Engagement of Substance Use Disorder Treatment, NCQA HEDIS technical
 * specifications), as DESIGN.md states it.
 *
 * Index episode start date (IESD): the patient's intake into the programme (patient.enrolledOn, the
 * day of the intake session). HEDIS dates a new SUD episode by its first SUD encounter after a
 * period without one; in Naltrack that encounter is the intake, and a patient's record starts there.
 * Patients 13 or older on the IESD with an IESD in the period are counted once the measure's
 * window (day 1 = the IESD) has ended by today.
 *
 * A treatment service: an attended (or late) therapy session other than the intake itself, or a
 * naltrexone dispense, injection or dose (HEDIS's medication treatment event). HEDIS lets a
 * medication treatment on the IESD itself count as initiation; the intake visit does not.
 */

/** Treatment services from the IESD to day `lastDay`, as days in order; two on one day count twice. */
function treatmentServiceDays(patient: IetPatient, lastDay: number, settings: ClinicalSettings): ClinicalDate[] {
  const until = dayOf(patient.enrolledOn, lastDay);
  const inWindow = (day: ClinicalDate) => day >= patient.enrolledOn && day <= until;
  const sessions = patient.sessions
    .filter((s) => isAttended(s.status) && s.type !== 'intake' && inWindow(s.scheduledOn))
    .map((s) => s.scheduledOn);
  const doses = patient.medicationEvents
    .filter((e) => givesNaltrexone(e, settings) && inWindow(e.occurredOn))
    .map((e) => e.occurredOn);
  return [...sessions, ...doses].sort();
}

function ietDenominator(patient: IetPatient, period: MeasurePeriod, windowDays: number): MeasureOutcome | null {
  if (patient.enrolledOn < period.from || patient.enrolledOn > period.to) return excluded('no_intake_in_period');
  if (ageOn(patient.birthDate, patient.enrolledOn) < MEASURE_CONSTANTS.ietMinAge) return excluded('under_age');
  if (dayOf(patient.enrolledOn, windowDays) > period.asOf) return excluded('follow_up_not_over');
  return null;
}

/**
 * IET initiation: a treatment service on the IESD or the 13 days after it (days 1-14).
 * Value: the day number of the first service in that window; null when none.
 */
export function ietInitiationMeasure(
  patient: IetPatient,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const notCounted = ietDenominator(patient, period, MEASURE_CONSTANTS.ietInitiationDays);
  if (notCounted) return notCounted;
  const first = treatmentServiceDays(patient, MEASURE_CONSTANTS.ietInitiationDays, settings)[0];
  return first === undefined
    ? counted(false, null, patient.enrolledOn)
    : counted(true, dayNumber(patient.enrolledOn, first), patient.enrolledOn);
}

/**
 * IET engagement: initiated, then two or more further treatment services after the initiation
 * day and by day 34 of the episode (the IESD and the 33 days after it). DESIGN.md counts the 34
 * days from the episode, as some HEDIS years did; later HEDIS years count them from initiation.
 * Value: the number of further services; null when the patient did not initiate.
 */
export function ietEngagementMeasure(
  patient: IetPatient,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const notCounted = ietDenominator(patient, period, MEASURE_CONSTANTS.ietEngagementDays);
  if (notCounted) return notCounted;
  const services = treatmentServiceDays(patient, MEASURE_CONSTANTS.ietEngagementDays, settings);
  const initiatedOn = services[0];
  if (initiatedOn === undefined || initiatedOn > dayOf(patient.enrolledOn, MEASURE_CONSTANTS.ietInitiationDays)) {
    return counted(false, null, patient.enrolledOn);
  }
  const further = services.filter((day) => day > initiatedOn).length;
  return counted(further >= MEASURE_CONSTANTS.ietEngagementServices, further, patient.enrolledOn);
}
