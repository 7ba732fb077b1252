import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** Mirrors the API's AUDIT_OUTCOMES: denials are 401, 403, 404 and 429; failures other errors. */
export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One link of the audit chain: who, which route, which patient (an id, never a name), the outcome. */
export type AuditEvent = ApiSchema<'AuditEventDto'>;

export type AuditEventPage = ApiSchema<'AuditEventPageDto'>;

/** Filters of `GET /api/audit-events`; `from` and `to` are instants, `to` exclusive. */
export interface AuditFilters {
  actorId?: string;
  action?: string;
  patientId?: string;
  from?: string;
  to?: string;
}

/** `GET /api/audit-events/verify`: the chain walked from its start. */
export type AuditVerification = ApiSchema<'ChainVerificationDto'>;

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
