import type { SessionStatus, SessionType } from '../attendance.js';
import type { ClinicalDate } from '../clinical-date.js';
import type { MedicationEventInput } from '../medication.js';
import type { RelapseObservation } from '../relapse.js';
import type { Diagnosis, Sex } from '../vocabulary.js';

/** The period a measure is asked for, and how far the record reaches. */
export interface MeasurePeriod {
  /** First day of the period (inclusive). */
  from: ClinicalDate;
  /** Last day of the period (inclusive). */
  to: ClinicalDate;
  /**
   * The clinic's today: records up to it are known. Measures that follow patients for a while after
   * their index day (retention, continuity, early relapse, IET) count a patient only once that
   * follow-up has ended by this day; follow-up may run past `to`.
   */
  asOf: ClinicalDate;
}

export interface MeasureSession {
  scheduledOn: ClinicalDate;
  status: SessionStatus;
  type: SessionType;
}

/** One patient's record as the measures read it. Each measure takes only the fields it needs. */
export interface MeasurePatient {
  birthDate: ClinicalDate;
  sex: Sex;
  diagnoses: readonly Diagnosis[];
  /** Day of intake into the programme: the IET episode date. */
  enrolledOn: ClinicalDate;
  /** Days of every naltrexone start (inductions and re-inductions), in any order. */
  startDates: readonly ClinicalDate[];
  medicationEvents: readonly MedicationEventInput[];
  sessions: readonly MeasureSession[];
  /** Drug screens, self-reported use and drinks, as the relapse rules read them. */
  observations: readonly RelapseObservation[];
  /** Relapses stored by the API (confirmed detections and ones clinicians recorded). */
  recordedRelapses: readonly { onsetOn: ClinicalDate }[];
  /** Days a team-approved switch to another medication was completed: planned ends of naltrexone, not drop-outs. */
  plannedEnds?: readonly ClinicalDate[];
  /** Days a PHQ-9 or BAM was recorded (measurement-based care). */
  instrumentDays?: readonly ClinicalDate[];
}

/** Why a patient is not in a measure's denominator. */
export const MEASURE_EXCLUSIONS = [
  'no_start_in_period',
  'no_intake_in_period',
  'no_oud_diagnosis',
  'no_pharmacotherapy',
  'too_few_fills',
  'under_age',
  'follow_up_not_over',
  'planned_end',
  'not_a_flag',
  'not_opened_in_period',
  'no_attempt_in_period',
  'follow_up_not_in_period',
] as const;
export type MeasureExclusion = (typeof MEASURE_EXCLUSIONS)[number];

/** One patient's (or, for an outreach measure, one task's) result for one measure. */
export type MeasureOutcome =
  | { inDenominator: false; excludedBecause: MeasureExclusion }
  | {
      inDenominator: true;
      inNumerator: boolean;
      /** The value that decided (see MeasureDefinition.value for its meaning); null when there was none. */
      value: number | null;
      /** The day the patient entered the measure: their month is the one they count in on the trend. */
      indexOn: ClinicalDate;
    };

export function excluded(excludedBecause: MeasureExclusion): MeasureOutcome {
  return { inDenominator: false, excludedBecause };
}

export function counted(inNumerator: boolean, value: number | null, indexOn: ClinicalDate): MeasureOutcome {
  return { inDenominator: true, inNumerator, value, indexOn };
}
