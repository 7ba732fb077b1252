import type {
  ChallengeResult,
  ClinicalDate,
  DiscontinuationReason,
  DiscontinuationStatus,
  Formulation,
  InjectionStatus,
  MedicationEventKind,
  ObservationKind,
  PatientStatus,
  PriorAgonist,
  RelapseRule,
  RelapseSubstance,
  SessionModality,
  SessionOutcome,
  SessionStatus,
  SessionType,
} from '@naltrack/domain';
import { INSTRUMENT_LABELS } from '@naltrack/domain';

/** Clinical days are calendar dates: formatted as UTC so no time zone shifts them by a day. */
const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', day: 'numeric', month: 'short' });

export function formatDate(day: ClinicalDate | null | undefined): string {
  return day ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : '—';
}

export function formatShortDate(day: ClinicalDate): string {
  return shortDateFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatPercent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : `${Math.round(fraction * 100)}%`;
}

export const STATUS_COLORS: Record<PatientStatus, string> = {
  referred: 'gray',
  inducting: 'blue',
  active: 'teal',
  tapering: 'violet',
  discontinued: 'gray',
  switched: 'cyan',
  lost_to_follow_up: 'orange',
};

export const FORMULATION_LABELS: Record<Formulation, string> = {
  oral: 'Oral naltrexone',
  xr_injection: 'XR-NTX injection',
};

export const INJECTION_STATUS_LABELS: Record<InjectionStatus, string> = {
  none: 'No injection',
  on_time: 'On time',
  due_soon: 'Due soon',
  late: 'Late',
  overdue: 'Overdue',
};

export const INJECTION_STATUS_COLORS: Record<InjectionStatus, string> = {
  none: 'gray',
  on_time: 'teal',
  due_soon: 'yellow',
  late: 'orange',
  overdue: 'red',
};

export const MEDICATION_KIND_LABELS: Record<MedicationEventKind, string> = {
  dispensed: 'Dispensed',
  administered: 'Administered',
  taken: 'Dose taken',
  missed: 'Dose missed',
  refused: 'Refused',
};

export const OBSERVATION_KIND_LABELS: Record<ObservationKind, string> = {
  pacs: 'PACS',
  craving_vas: 'Craving VAS',
  uds: 'Drug screen',
  breath_alcohol: 'Breath alcohol',
  drinks: 'Drinks',
  self_reported_use: 'Self-reported use',
  ...INSTRUMENT_LABELS,
};

export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  individual: 'Individual',
  group: 'Group',
  family: 'Family',
  medication_management: 'Medication management',
  intake: 'Intake',
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: 'scheduled',
  attended: 'attended',
  late: 'attended late',
  no_show: 'no-show',
  cancelled_by_patient: 'cancelled by patient',
  cancelled_by_clinic: 'cancelled by clinic',
};

/** Outcomes as a form offers them (the timeline's lower-case labels read inside a sentence). */
export const SESSION_OUTCOME_LABELS: Record<SessionOutcome, string> = {
  attended: 'Attended',
  late: 'Attended late',
  no_show: 'No-show',
  cancelled_by_patient: 'Cancelled by patient',
  cancelled_by_clinic: 'Cancelled by clinic',
};

export const SESSION_MODALITY_LABELS: Record<SessionModality, string> = {
  in_person: 'In person',
  video: 'Video',
  phone: 'Phone',
};

export const RELAPSE_SUBSTANCE_LABELS: Record<RelapseSubstance, string> = {
  opioids: 'Opioids',
  alcohol: 'Alcohol',
};

/** What the detection rule saw, for a clinician deciding whether to confirm it. */
export const RELAPSE_RULE_LABELS: Record<RelapseRule, string> = {
  xbot_4_weeks: '4 weeks in a row with opioid use',
  xbot_7_days: '7 days in a row of reported opioid use',
  heavy_drinking_day: 'a heavy drinking day',
};

export const PRIOR_AGONIST_LABELS: Record<PriorAgonist, string> = {
  methadone: 'Methadone',
  buprenorphine: 'Buprenorphine',
};

export const CHALLENGE_RESULT_LABELS: Record<ChallengeResult, string> = {
  not_done: 'Not done',
  negative: 'Negative',
  positive: 'Positive',
};

export const DISCONTINUATION_REASON_LABELS: Record<DiscontinuationReason, string> = {
  clinical_stability: 'Clinical stability',
  patient_request: 'Patient request',
  adverse_effect: 'Adverse effect',
  pregnancy: 'Pregnancy',
  lack_of_efficacy: 'Lack of efficacy',
  patient_preference: 'Patient preference',
  other: 'Other',
};

export const DISCONTINUATION_STATUS_LABELS: Record<DiscontinuationStatus, string> = {
  pending: 'Pending approval',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  in_taper: 'In taper',
  completed: 'Completed',
};

/** Looks up a label for a value the API sent, falling back to the raw value for anything new. */
export function labelOf<K extends string>(labels: Record<K, string>, value: unknown): string {
  return typeof value === 'string' && value in labels ? labels[value as K] : String(value ?? '');
}
