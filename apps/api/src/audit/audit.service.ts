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
/** Links written by one transaction at most; more wait for the next. */
const APPEND_BATCH = 500;

interface PendingEntry {
  entry: AuditEntry;
  resolve: (event: AuditEvent) => void;
  reject: (error: unknown) => void;
}

/** Text a client chose (a path parameter, an email) as PostgreSQL can hold it: NUL becomes U+FFFD. */
function storable(text: string | null | undefined): string | null {
  return text?.replaceAll('\u0000', '\uFFFD') ?? null;
}

@Injectable()
export class AuditService {
  /** Entries waiting for the transaction in flight to end; written together by the next one. */
  private pending: PendingEntry[] = [];
  private flushing = false;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends one link and resolves once it is committed. Entries that arrive while a write is in
   * flight go together in the next one (one lock, one multi-row insert, the chain unchanged), so a
   * busy instance holds one connection for its audit trail instead of one per waiting request.
   */
  append(entry: AuditEntry): Promise<AuditEvent> {
    return new Promise<AuditEvent>((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, APPEND_BATCH);
        try {
          const events = await this.write(batch.map((p) => p.entry));
          batch.forEach((p, i) => {
            const event = events[i];
            if (event) p.resolve(event);
          });
        } catch (error) {
          if (batch.length === 1) batch[0]?.reject(error);
          // One bad entry must not cost the others their link: write them one by one.
          else
            for (const p of batch) await this.write([p.entry]).then(([event]) => event && p.resolve(event), p.reject);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Links entries in order after the last one, under the lock every instance takes. */
  private write(entries: AuditEntry[]): Promise<AuditEvent[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const [last]: { seq: string; hash: string }[] = await manager.query(
        'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
      );
      let seq = BigInt(last?.seq ?? 0);
      let prevHash = last?.hash ?? GENESIS_HASH;
      const occurredAt = new Date();
      const events = entries.map((entry) => {
        seq += 1n;
        // The hash covers what the database gives back: uuid columns read back in lower case.
        const content = {
          seq: String(seq),
          occurredAt,
          actorId: entry.actorId?.toLowerCase() ?? null,
          actorLabel: storable(entry.actorLabel),
          action: entry.action,
          resourceType: entry.resourceType ?? null,
          resourceId: storable(entry.resourceId),
          patientId: entry.patientId?.toLowerCase() ?? null,
          outcome: entry.outcome,
          statusCode: entry.statusCode ?? null,
          ip: entry.ip ?? null,
          requestId: entry.requestId ?? null,
          detail: entry.detail ?? null,
        };
        const event = manager.create(AuditEvent, { ...content, prevHash, hash: linkHash(prevHash, content) });
        prevHash = event.hash;
        return event;
      });
      await manager.insert(AuditEvent, events);
      return events;
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
