import type { ClinicalDate, Decision, DiscontinuationKind, DiscontinuationReason } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type DiscontinuationDecision = ApiSchema<'DecisionViewDto'>;

/** PHI: kept in the query cache only, never in the URL or storage. */
export type RequestPatient = ApiSchema<'RequestPatientDto'>;

export type DiscontinuationRequest = ApiSchema<'DiscontinuationViewDto'>;

export interface NewDiscontinuationRequest {
  kind: DiscontinuationKind;
  reasonCode: DiscontinuationReason;
  reason: string;
  effectiveOn: ClinicalDate;
  /** A dose left empty is sent as null so the API names the step at fault. */
  plan?: { startsOn: ClinicalDate; doseMg: number | null }[];
}

export interface NewDecision {
  decision: Decision;
  comment: string;
}

const requestsPath = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/discontinuation-requests`;

export function getDiscontinuationRequests(patientId: string, signal?: AbortSignal): Promise<DiscontinuationRequest[]> {
  return apiClient.get<DiscontinuationRequest[]>(requestsPath(patientId), { signal });
}

export function createDiscontinuationRequest(
  patientId: string,
  request: NewDiscontinuationRequest,
): Promise<DiscontinuationRequest> {
  return apiClient.post<DiscontinuationRequest>(requestsPath(patientId), request);
}

export function createDiscontinuationDecision(requestId: string, decision: NewDecision): Promise<unknown> {
  return apiClient.post<unknown>(`/discontinuation-requests/${encodeURIComponent(requestId)}/decisions`, decision);
}

/** Pending requests of the user's teams that the user may decide now (the approvals inbox). */
export function getApprovalsInbox(signal?: AbortSignal): Promise<DiscontinuationRequest[]> {
  return apiClient.get<DiscontinuationRequest[]>('/discontinuation-requests', { signal, query: { awaiting: 'me' } });
}
