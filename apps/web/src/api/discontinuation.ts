import type { ClinicalDate, Decision, DiscontinuationKind, DiscontinuationReason, SwitchTo } from '@naltrack/domain';
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
  /** A taper's steps (a dose left empty goes as null so the API names the step), or a switch's plan as text. */
  plan?: { startsOn: ClinicalDate; doseMg: number | null }[] | string;
  switchTo?: SwitchTo;
}

export interface SwitchHandOff {
  handOffNote: string;
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

/** Completes an approved switch: the hand-off to the new prescriber. */
export function completeSwitch(requestId: string, handOff: SwitchHandOff): Promise<DiscontinuationRequest> {
  return apiClient.post<DiscontinuationRequest>(
    `/discontinuation-requests/${encodeURIComponent(requestId)}/complete`,
    handOff,
  );
}

/** Pending requests of the user's teams that the user may decide now (the approvals inbox). */
export function getApprovalsInbox(signal?: AbortSignal): Promise<DiscontinuationRequest[]> {
  return apiClient.get<DiscontinuationRequest[]>('/discontinuation-requests', { signal, query: { awaiting: 'me' } });
}
