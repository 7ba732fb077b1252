import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** How a link's hash is made: plain SHA-256 (links written before the key), or HMAC-SHA256 under the key. */
export const HASH_ALGS = ['sha256', 'hmac-sha256'] as const;
export type HashAlg = (typeof HASH_ALGS)[number];

/**
 * One link of the audit hash chain: who did what to which record, when and with what outcome —
 * never clinical values. `hash` = HMAC-SHA256(key, previous hash + canonical content), or plain
 * SHA-256 for links written before the key existed; the database refuses UPDATE and DELETE on this
 * table (see the migration's trigger).
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_patient_idx', ['patientId', 'seq'])
@Index('audit_event_actor_idx', ['actorId', 'seq'])
@Index('audit_event_occurred_idx', ['occurredAt'])
export class AuditEvent {
  /** Position in the chain, 1-based and gapless. */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The email at the time, or what was typed at a failed sign-in. */
  @Column({ name: 'actor_label', type: 'text', nullable: true })
  actorLabel: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'resource_type', type: 'text', nullable: true })
  resourceType: string | null;

  @Column({ name: 'resource_id', type: 'text', nullable: true })
  resourceId: string | null;

  @Column({ name: 'patient_id', type: 'uuid', nullable: true })
  patientId: string | null;

  @Column({ type: 'enum', enum: AUDIT_OUTCOMES, enumName: 'audit_outcome' })
  outcome: AuditOutcome;

  @Column({ name: 'status_code', type: 'smallint', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** Non-clinical context, e.g. a break-glass reason or an export's recipient. */
  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, string | number | boolean | null> | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;

  @Column({ name: 'hash_alg', type: 'enum', enum: HASH_ALGS, enumName: 'audit_hash_alg' })
  hashAlg: HashAlg;
}
