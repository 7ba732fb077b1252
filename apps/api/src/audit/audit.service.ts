import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GENESIS_HASH, linkHash } from './audit-chain.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

export interface AuditEntry {
  actorId?: string | null;
  actorLabel?: string | null;
  action: string;
  resourceType?: string | null;
  resourceId?: string | null;
  patientId?: string | null;
  outcome: AuditOutcome;
  statusCode?: number | null;
  ip?: string | null;
  requestId?: string | null;
  detail?: AuditEvent['detail'];
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** seq of the first link whose hash, predecessor or position does not match. */
  firstBrokenId?: string;
}

// Any constant works: every appender takes the same transaction-scoped advisory lock.
const CHAIN_LOCK = 7_240_511;
const VERIFY_BATCH = 1_000;

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends one link; appenders queue on a lock so the chain never forks. */
  async append(entry: AuditEntry): Promise<AuditEvent> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const [last]: { seq: string; hash: string }[] = await manager.query(
        'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
      );
      const content = {
        seq: String(BigInt(last?.seq ?? 0) + 1n),
        occurredAt: new Date(),
        actorId: entry.actorId ?? null,
        actorLabel: entry.actorLabel ?? null,
        action: entry.action,
        resourceType: entry.resourceType ?? null,
        resourceId: entry.resourceId ?? null,
        patientId: entry.patientId ?? null,
        outcome: entry.outcome,
        statusCode: entry.statusCode ?? null,
        ip: entry.ip ?? null,
        requestId: entry.requestId ?? null,
        detail: entry.detail ?? null,
      };
      const prevHash = last?.hash ?? GENESIS_HASH;
      const event = manager.create(AuditEvent, { ...content, prevHash, hash: linkHash(prevHash, content) });
      await manager.insert(AuditEvent, event);
      return event;
    });
  }

  /** Walks the whole chain in order, recomputing every hash. */
  async verify(): Promise<ChainVerification> {
    const repository = this.dataSource.getRepository(AuditEvent);
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    let checked = 0;
    for (;;) {
      const batch = await repository
        .createQueryBuilder('e')
        .where('e.seq >= :from', { from: String(expectedSeq) })
        .orderBy('e.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        const { hash, prevHash: storedPrev, ...content } = event;
        if (BigInt(event.seq) !== expectedSeq || storedPrev !== prevHash || linkHash(prevHash, content) !== hash) {
          return { ok: false, checked, firstBrokenId: event.seq };
        }
        prevHash = hash;
        expectedSeq += 1n;
        checked += 1;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checked };
    }
  }
}
