import type {
  ClinicalDate,
  Decision,
  DiscontinuationKind,
  DiscontinuationReason,
  DiscontinuationStatus,
  ReadinessItem,
  RequiredApproval,
  Role,
  TaperStep,
} from '@naltrack/domain';
import { apiClient } from './api-client';

export interface DiscontinuationDecision {
  clinicianId: string;
  decision: Decision;
  roles: Role[];
  comment: string;
  createdAt: string;
}

export interface DiscontinuationRequest {
  id: string;
  kind: DiscontinuationKind;
  reasonCode: DiscontinuationReason;
  reason: string;
  effectiveOn: ClinicalDate;
  plan: TaperStep[];
  status: DiscontinuationStatus;
  proposedBy: string;
  readiness: { ready: boolean; items: ReadinessItem[] };
  requiredApprovals: RequiredApproval[];
  decisions: DiscontinuationDecision[];
  relapseAlert: boolean;
}

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
