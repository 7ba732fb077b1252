import { createHash } from 'node:crypto';
import type { AuditEvent } from './audit-event.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a link's hash covers, in a fixed order; detail keys sorted so JSON is canonical. */
export function canonicalContent(event: Omit<AuditEvent, 'hash' | 'prevHash'>): string {
  const detail = event.detail
    ? Object.fromEntries(Object.entries(event.detail).sort(([a], [b]) => a.localeCompare(b)))
    : null;
  return JSON.stringify([
    String(event.seq),
    event.occurredAt.toISOString(),
    event.actorId,
    event.actorLabel,
    event.action,
    event.resourceType,
    event.resourceId,
    event.patientId,
    event.outcome,
    event.statusCode,
    event.ip,
    event.requestId,
    detail,
  ]);
}

export function linkHash(prevHash: string, event: Omit<AuditEvent, 'hash' | 'prevHash'>): string {
  return createHash('sha256').update(prevHash).update(canonicalContent(event)).digest('hex');
}
