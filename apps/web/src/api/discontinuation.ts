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
import type { PatientMetrics } from './patients';

export interface DiscontinuationDecision {
  clinicianId: string;
  decision: Decision;
  roles: Role[];
  comment: string;
  createdAt: string;
}

/** PHI: kept in the query cache only, never in the URL or storage. */
export interface RequestPatient {
  givenName: string;
  familyName: string;
  mrn: string;
}

export interface DiscontinuationRequest {
  id: string;
  patientId: string;
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
  /** The patient's current metrics, for approvers. */
  patientMetrics: PatientMetrics | null;
  patient: RequestPatient | null;
  createdAt: string;
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

/** Pending requests of the user's teams that the user may decide now (the approvals inbox). */
export function getApprovalsInbox(signal?: AbortSignal): Promise<DiscontinuationRequest[]> {
  return apiClient.get<DiscontinuationRequest[]>('/discontinuation-requests', { signal, query: { awaiting: 'me' } });
}
