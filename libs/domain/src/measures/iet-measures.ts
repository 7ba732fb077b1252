import { isAttended } from '../attendance.js';
import { addDays, ageOn, type ClinicalDate } from '../clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { MEASURE_CONSTANTS } from './measure-catalog.js';
import { counted, excluded, type MeasureOutcome, type MeasurePatient, type MeasurePeriod } from './measure-types.js';
import { dayNumber, dayOf, givesNaltrexone } from './treatment-episode.js';

type IetPatient = Pick<MeasurePatient, 'birthDate' | 'enrolledOn' | 'medicationEvents' | 'sessions'>;

/*
 * HEDIS IET (Initiation and Engagement of Substance Use Disorder Treatment, NCQA HEDIS MY2024/2025
 * technical specifications).
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

interface TreatmentService {
  day: ClinicalDate;
  /** An XR-NTX injection: HEDIS's long-acting medication event. */
  longActing: boolean;
}

/** Treatment services from the IESD to day `lastDay`, in day order; two on one day are two services. */
function treatmentServices(patient: IetPatient, lastDay: number, settings: ClinicalSettings): TreatmentService[] {
  const until = dayOf(patient.enrolledOn, lastDay);
  const inWindow = (day: ClinicalDate) => day >= patient.enrolledOn && day <= until;
  const sessions = patient.sessions
    .filter((s) => isAttended(s.status) && s.type !== 'intake' && inWindow(s.scheduledOn))
    .map((s) => ({ day: s.scheduledOn, longActing: false }));
  const medication = patient.medicationEvents
    .filter((e) => givesNaltrexone(e, settings) && inWindow(e.occurredOn))
    .map((e) => ({ day: e.occurredOn, longActing: e.formulation === 'xr_injection' }));
  return [...sessions, ...medication].sort((a, b) => a.day.localeCompare(b.day));
}

function ietDenominator(patient: IetPatient, period: MeasurePeriod, followUpDays: number): MeasureOutcome | null {
  if (patient.enrolledOn < period.from || patient.enrolledOn > period.to) return excluded('no_intake_in_period');
  if (ageOn(patient.birthDate, patient.enrolledOn) < MEASURE_CONSTANTS.ietMinAge) return excluded('under_age');
  if (dayOf(patient.enrolledOn, followUpDays) > period.asOf) return excluded('follow_up_not_over');
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
  const first = treatmentServices(patient, MEASURE_CONSTANTS.ietInitiationDays, settings)[0];
  return first === undefined
    ? counted(false, null, patient.enrolledOn)
    : counted(true, dayNumber(patient.enrolledOn, first.day), patient.enrolledOn);
}

/**
 * IET engagement, as HEDIS counts it since MY2024: "two or more additional SUD services or
 * medications within 34 days of the initiation visit" (NCQA, IET measure description,
 * ncqa.org/report-cards/health-plans/state-of-health-care-quality-report/measures-list/
 * initiation-and-engagement-of-substance-use-disorder-treatment-iet), a long-acting medication
 * event counting by itself. The patient initiated, then, on the day after the initiation day
 * through 34 days after it, had either
 * - a long-acting medication event (an XR-NTX injection given), which is engagement by itself, or
 * - two or more further treatment services (sessions or medication events; two on one day count
 *   as two).
 * Anything on the initiation day itself does not count, an injection included.
 * The window is counted from the initiation day, so it can end as late as day 48 of the episode
 * (initiation on day 14 + 34 days): every patient waits until day 48 before being counted, so a
 * reported rate never changes afterwards.
 * Value: the number of further services in the window; null when the patient did not initiate.
 */
export function ietEngagementMeasure(
  patient: IetPatient,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  const notCounted = ietDenominator(patient, period, MEASURE_CONSTANTS.ietEngagementFollowUpDays);
  if (notCounted) return notCounted;
  const services = treatmentServices(patient, MEASURE_CONSTANTS.ietEngagementFollowUpDays, settings);
  const initiatedOn = services[0]?.day;
  if (initiatedOn === undefined || initiatedOn > dayOf(patient.enrolledOn, MEASURE_CONSTANTS.ietInitiationDays)) {
    return counted(false, null, patient.enrolledOn);
  }
  const until = addDays(initiatedOn, MEASURE_CONSTANTS.ietEngagementDays);
  const further = services.filter((s) => s.day > initiatedOn && s.day <= until);
  const engaged = further.some((s) => s.longActing) || further.length >= MEASURE_CONSTANTS.ietEngagementServices;
  return counted(engaged, further.length, patient.enrolledOn);
}
