import { apiClient } from './api-client';

/** Mirrors the API's AUDIT_OUTCOMES: denials are 401, 403, 404 and 429; failures other errors. */
export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One link of the audit chain: who, which route, which patient (an id, never a name), the outcome. */
export interface AuditEvent {
  /** Position in the chain, 1-based and gapless (a bigint, sent as a string). */
  seq: string;
  occurredAt: string;
  actorId: string | null;
  /** The email at the time, or what was typed at a failed sign-in. */
  actorLabel: string | null;
  /** Method and route, e.g. `GET /api/patients/:id`. */
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  patientId: string | null;
  outcome: AuditOutcome;
  statusCode: number | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, string | number | boolean | null> | null;
  prevHash: string;
  hash: string;
}

export interface AuditEventPage {
  items: AuditEvent[];
  /** Pass as `before` for the next (older) page; null on the last. */
  nextBefore: string | null;
}

/** Filters of `GET /api/audit-events`; `from` and `to` are instants, `to` exclusive. */
export interface AuditFilters {
  actorId?: string;
  action?: string;
  patientId?: string;
  from?: string;
  to?: string;
}

/** `GET /api/audit-events/verify`: the chain walked from its start. */
export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** seq of the first link whose hash, predecessor or position does not match. */
  firstBrokenId?: string;
}

export const AUDIT_PAGE_SIZE = 100;

export function getAuditEvents(filters: AuditFilters, before: string | null, signal?: AbortSignal) {
  return apiClient.get<AuditEventPage>('/audit-events', {
    signal,
    query: { ...filters, before, limit: AUDIT_PAGE_SIZE },
  });
}

export function getAuditVerification(signal?: AbortSignal): Promise<AuditVerification> {
  return apiClient.get<AuditVerification>('/audit-events/verify', { signal });
}
