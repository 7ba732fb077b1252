import { createHash, createHmac } from 'node:crypto';
import type { AuditEvent, HashAlg } from './audit-event.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

export type LinkContent = Omit<AuditEvent, 'hash' | 'prevHash' | 'hashAlg'>;

/** The fields a link's hash covers, in a fixed order; detail keys sorted so JSON is canonical. */
export function canonicalContent(event: LinkContent): string {
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

/**
 * hash_n = HMAC-SHA256(key, hash_{n-1} || canonical(event_n)); the links written before the key
 * existed are sha256(hash_{n-1} || canonical(event_n)). Without the key nobody can forge a link.
 */
export function linkHash(alg: HashAlg, key: Buffer, prevHash: string, event: LinkContent): string {
  const hash = alg === 'hmac-sha256' ? createHmac('sha256', key) : createHash('sha256');
  return hash.update(prevHash).update(canonicalContent(event)).digest('hex');
}
