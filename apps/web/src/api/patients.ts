import type {
  CaseloadFlag,
  ClinicalDate,
  CoverageGap,
  Diagnosis,
  Formulation,
  InjectionStatus,
  PatientStatus,
  Sex,
  TimelineType,
} from '@naltrack/domain';
import { apiClient } from './api-client';

/** The per-patient summary the API keeps current with every event (`metrics` of GET /patients/:id). */
export interface PatientMetrics {
  asOf: ClinicalDate;
  formulation: Formulation | null;
  startedOn: ClinicalDate | null;
  daysOnNaltrexone: number | null;
  /** Proportion of days covered, 0-1; null before any fill. */
  pdc30: number | null;
  pdc90: number | null;
  lastDoseOn: ClinicalDate | null;
  injection: { lastOn: ClinicalDate | null; dueOn: ClinicalDate | null; status: InjectionStatus };
  /** 0-1; null when no session counted. */
  attendanceRate90: number | null;
  lastSessionOn: ClinicalDate | null;
  latestPacs: number | null;
  lastRelapseOn: ClinicalDate | null;
  earlyRelapse: boolean;
  flags: CaseloadFlag[];
}

/** `GET /api/patients/:id`. PHI: kept in the query cache only, never in the URL or storage. */
export interface Patient {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: ClinicalDate;
  sex: Sex;
  diagnoses: Diagnosis[];
  careTeamId: string;
  status: PatientStatus;
  enrolledOn: ClinicalDate;
  /** Null until the summary has been computed for a new patient. */
  metrics: PatientMetrics | null;
}

export interface Adherence {
  from: ClinicalDate;
  to: ClinicalDate;
  pdc: number | null;
  mpr: number | null;
  coveredDays: number;
  periodDays: number;
  /** The later of `from` and the first fill; null before any fill. */
  periodStart?: ClinicalDate | null;
  gaps: CoverageGap[];
  continuousDays: number;
}

export interface TimelineItem {
  type: TimelineType;
  id: string;
  /** ISO instant; day-only records sit at noon of their clinic day. */
  at: string;
  on: ClinicalDate;
  /** Shape depends on `type` (see the API's timeline service). */
  details: Record<string, unknown>;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** Opaque position for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

export function getPatient(patientId: string, signal?: AbortSignal): Promise<Patient> {
  return apiClient.get<Patient>(`/patients/${encodeURIComponent(patientId)}`, { signal });
}

export function getPatientAdherence(
  patientId: string,
  period: { from?: ClinicalDate; to?: ClinicalDate } = {},
  signal?: AbortSignal,
): Promise<Adherence> {
  return apiClient.get<Adherence>(`/patients/${encodeURIComponent(patientId)}/adherence`, {
    query: period,
    signal,
  });
}

export function getPatientTimeline(
  patientId: string,
  page: { before?: string | null; limit?: number } = {},
  signal?: AbortSignal,
): Promise<TimelinePage> {
  return apiClient.get<TimelinePage>(`/patients/${encodeURIComponent(patientId)}/timeline`, {
    query: page,
    signal,
  });
}
