import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { afterArrivals } from '../common/database/after-arrivals.js';
import { isDatabaseUnavailable } from '../common/database/database-unavailable.js';
import { preparedQuery } from '../common/database/prepared-query.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { GENESIS_HASH, linkHash } from './audit-chain.js';
import { readCheckpoint } from './audit-checkpoint-file.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';
import { AUDIT_KEY } from './audit-key.js';

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

export const CHECKPOINT_STATUSES = ['ok', 'missing_events', 'hash_mismatch', 'invalid_signature', 'none'] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

/** The chain held against the last checkpoint written outside the database. */
export interface CheckpointCheck {
  /** The checkpoint's newest link; null when there is none or its signature is wrong. */
  id: string | null;
  at: string | null;
  status: CheckpointStatus;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** seq of the first link whose hash, predecessor or position does not match. */
  firstBrokenId?: string;
  checkpoint: CheckpointCheck;
}

const VERIFY_BATCH = 1_000;
/** Other instances appending in between, this many times running, is beyond any real contention. */
const MAX_LINK_ATTEMPTS = 20;
/** Links written by one transaction at most; more wait for the next. */
const APPEND_BATCH = 500;

interface PendingEntry {
  entry: AuditEntry;
  resolve: (event: AuditEvent) => void;
  reject: (error: unknown) => void;
}

/**
 * Inserts the links given as JSON while ($2, $3) is still the chain's newest link ('0' and the
 * genesis hash: empty). The newest seq is read as max(seq), one step down the primary key: asked
 * whether any seq lay past $2, the planner expected thousands and scanned the whole table to find
 * none (9 ms at 42,000 events, and growing with the trail).
 */
const APPEND_AFTER_HEAD = `
  INSERT INTO audit_event (seq, occurred_at, actor_id, actor_label, action, resource_type, resource_id, patient_id,
                           outcome, status_code, ip, request_id, detail, prev_hash, hash, hash_alg)
  SELECT e.seq, e.occurred_at, e.actor_id, e.actor_label, e.action, e.resource_type, e.resource_id, e.patient_id,
         e.outcome, e.status_code, e.ip, e.request_id, e.detail, e.prev_hash, e.hash, e.hash_alg
    FROM jsonb_to_recordset($1::jsonb) AS e(seq bigint, occurred_at timestamptz, actor_id uuid, actor_label text,
         action text, resource_type text, resource_id text, patient_id uuid, outcome audit_outcome,
         status_code smallint, ip text, request_id text, detail jsonb, prev_hash text, hash text, hash_alg audit_hash_alg)
   WHERE COALESCE((SELECT max(seq) FROM audit_event), 0) = $2::bigint
     AND ($2::bigint = 0 OR EXISTS (SELECT 1 FROM audit_event WHERE seq = $2::bigint AND hash = $3))
   ORDER BY e.seq
  RETURNING seq`;

/** An event as the statement above reads it. */
function storedRow(event: AuditEvent) {
  return {
    seq: event.seq,
    occurred_at: event.occurredAt.toISOString(),
    actor_id: event.actorId,
    actor_label: event.actorLabel,
    action: event.action,
    resource_type: event.resourceType,
    resource_id: event.resourceId,
    patient_id: event.patientId,
    outcome: event.outcome,
    status_code: event.statusCode,
    ip: event.ip,
    request_id: event.requestId,
    detail: event.detail,
    prev_hash: event.prevHash,
    hash: event.hash,
    hash_alg: event.hashAlg,
  };
}

/** Text a client chose (a path parameter, an email) as PostgreSQL can hold it: NUL becomes U+FFFD. */
function storable(text: string | null | undefined): string | null {
  return text?.replaceAll('\u0000', '\uFFFD') ?? null;
}

@Injectable()
export class AuditService {
  /** Entries waiting for the transaction in flight to end; written together by the next one. */
  private pending: PendingEntry[] = [];
  private flushing: Promise<void> | null = null;
  /** The newest link this instance wrote or read; null until read, or when another instance moved on. */
  private head: { seq: string; hash: string } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * Appends one link and resolves once it is committed. Entries that arrive with it
   * (`afterArrivals`) or while a write is in flight go together (one multi-row insert, the chain
   * unchanged), so a busy instance holds one connection for its audit trail instead of one per
   * waiting request, and a burst's answers wait for one commit.
   */
  append(entry: AuditEntry): Promise<AuditEvent> {
    return new Promise<AuditEvent>((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      this.flushing ??= new Promise<void>(afterArrivals).then(() => this.flush());
    });
  }

  /** Resolves once every entry appended so far is written (or has failed). */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
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
          // Every entry would wait out the same outage again, and answers wait for their entries.
          if (batch.length === 1 || isDatabaseUnavailable(error)) for (const p of batch) p.reject(error);
          // One bad entry must not cost the others their link: write them one by one.
          else
            for (const p of batch) await this.write([p.entry]).then(([event]) => event && p.resolve(event), p.reject);
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  /**
   * Links entries in order after the chain's newest link, in one statement: the instance keeps the
   * newest link it knows, and the INSERT goes through only while that link is still the newest
   * (same seq, same hash, nothing after it). When another instance appended meanwhile (no row
   * written, or two writers taking the same seq: a primary key violation), it reads the newest
   * link and links again. Five round trips a batch before (lock, read, insert, commit).
   */
  private async write(entries: AuditEntry[]): Promise<AuditEvent[]> {
    for (let attempt = 1; ; attempt++) {
      if (attempt > MAX_LINK_ATTEMPTS) throw new Error(`the audit chain moved on ${MAX_LINK_ATTEMPTS} times in a row`);
      this.head ??= await this.latestLink();
      const head = this.head;
      const events = this.link(entries, head);
      try {
        const written = await preparedQuery(this.dataSource.manager, APPEND_AFTER_HEAD, [
          JSON.stringify(events.map(storedRow)),
          head?.seq ?? '0',
          head?.hash ?? GENESIS_HASH,
        ]);
        const last = events[events.length - 1];
        if (written.length === events.length && last) {
          this.head = { seq: last.seq, hash: last.hash };
          return events;
        }
      } catch (error) {
        // Its only unique index is the primary key: another writer took this seq.
        if (!isUniqueViolation(error)) throw error;
      }
      this.head = null;
    }
  }

  /** The events for entries after `head`, each hashed with its predecessor's hash. */
  private link(entries: AuditEntry[], head: { seq: string; hash: string } | null): AuditEvent[] {
    let seq = BigInt(head?.seq ?? 0);
    let prevHash = head?.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    return entries.map((entry) => {
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
      const hash = linkHash('hmac-sha256', this.key, prevHash, content);
      const event = Object.assign(new AuditEvent(), { ...content, prevHash, hash, hashAlg: 'hmac-sha256' as const });
      prevHash = hash;
      return event;
    });
  }

  /** The newest link, or null while the chain is empty. */
  async latestLink(): Promise<{ seq: string; hash: string } | null> {
    const [last]: { seq: string; hash: string }[] = await this.dataSource.query(
      'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
    );
    return last ?? null;
  }

  /** Whether the chain still holds the last checkpoint's link, unchanged. */
  async checkCheckpoint(): Promise<CheckpointCheck> {
    const read = await readCheckpoint(this.config.auditCheckpointFile, this.key);
    if (read.state === 'none') return { id: null, at: null, status: 'none' };
    if (read.state === 'invalid') return { id: null, at: null, status: 'invalid_signature' };
    const { id, at, hash } = read.checkpoint;
    const [stored]: { hash: string }[] = await this.dataSource.query('SELECT hash FROM audit_event WHERE seq = $1', [
      id,
    ]);
    const status = !stored ? 'missing_events' : stored.hash === hash ? 'ok' : 'hash_mismatch';
    return { id, at, status };
  }

  /**
   * Walks the whole chain in order, recomputing every hash, then holds it against the last
   * checkpoint: links deleted or re-hashed after it show there even when the rest re-links.
   */
  async verify(): Promise<ChainVerification> {
    const chain = await this.walk();
    const checkpoint = await this.checkCheckpoint();
    const checkpointOk = checkpoint.status === 'ok' || checkpoint.status === 'none';
    return { ...chain, ok: chain.ok && checkpointOk, checkpoint };
  }

  private async walk(): Promise<Omit<ChainVerification, 'checkpoint'>> {
    const repository = this.dataSource.getRepository(AuditEvent);
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    let checked = 0;
    // Once a link is keyed, every later one must be: an unkeyed link after it was forged.
    let keyed = false;
    for (;;) {
      const batch = await repository
        .createQueryBuilder('e')
        .where('e.seq >= :from', { from: String(expectedSeq) })
        .orderBy('e.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        const { hash, prevHash: storedPrev, hashAlg, ...content } = event;
        keyed ||= hashAlg === 'hmac-sha256';
        const unkeyedAfterKeyed = keyed && hashAlg !== 'hmac-sha256';
        if (
          BigInt(event.seq) !== expectedSeq ||
          storedPrev !== prevHash ||
          unkeyedAfterKeyed ||
          linkHash(hashAlg, this.key, prevHash, content) !== hash
        ) {
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
