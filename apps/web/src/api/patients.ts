import type { ClinicalDate } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** The per-patient summary the API keeps current with every event (`metrics` of GET /patients/:id). */
export type PatientMetrics = ApiSchema<'PatientMetricsDto'>;

/** `GET /api/patients/:id`. PHI: kept in the query cache only, never in the URL or storage. */
export type Patient = ApiSchema<'PatientViewDto'>;

export type Adherence = ApiSchema<'AdherenceDto'>;

export type TimelineItem = ApiSchema<'TimelineItemDto'>;

export type TimelinePage = ApiSchema<'TimelinePageDto'>;

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
