import type {
  ClinicalDate,
  DiscontinuationReason,
  DiscontinuationStatus,
  Formulation,
  InjectionStatus,
  MedicationEventKind,
  ObservationKind,
  PatientStatus,
  SessionStatus,
  SessionType,
} from '@naltrack/domain';

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

/** Today's calendar date on this device, for form defaults (the API checks it against the clinic's). */
export function todayOnDevice(): ClinicalDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const STATUS_COLORS: Record<PatientStatus, string> = {
  referred: 'gray',
  inducting: 'blue',
  active: 'teal',
  tapering: 'violet',
  discontinued: 'gray',
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

export const DISCONTINUATION_REASON_LABELS: Record<DiscontinuationReason, string> = {
  clinical_stability: 'Clinical stability',
  patient_request: 'Patient request',
  adverse_effect: 'Adverse effect',
  pregnancy: 'Pregnancy',
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
