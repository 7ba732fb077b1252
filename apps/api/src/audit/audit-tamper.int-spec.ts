import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from '../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { dataSourceOptions } from '../database/data-source.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { AuditService } from './audit.service.js';
import { GENESIS_HASH, linkHash } from './audit-chain.js';
import { AuditCheckpointService } from './audit-checkpoint.service.js';
import { AuditEvent } from './audit-event.entity.js';

const NO_KEY = Buffer.alloc(0);

/** Waits for every event of the requests answered so far. */
const settled = (t: TestApp) => t.app.get(AuditService).settled();

/** As the table's owner: switch the append-only guard off, do the damage, switch it back on. */
async function asOwner(t: TestApp, tamper: () => Promise<void>): Promise<void> {
  await settled(t);
  await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
  try {
    await tamper();
  } finally {
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  }
}

/** Re-links every link from `from` on with plain SHA-256, as someone without the key would. */
async function rehashWithoutKey(t: TestApp, from: number, relabel: boolean): Promise<void> {
  const rows = await t.dataSource.getRepository(AuditEvent).find({ order: { seq: 'ASC' } });
  let prevHash = GENESIS_HASH;
  for (const { hash, prevHash: _, hashAlg, ...content } of rows) {
    if (Number(content.seq) < from) {
      prevHash = hash;
      continue;
    }
    const forged = linkHash('sha256', NO_KEY, prevHash, content);
    await t.dataSource.query('UPDATE audit_event SET prev_hash = $1, hash = $2, hash_alg = $3 WHERE seq = $4', [
      prevHash,
      forged,
      relabel ? 'sha256' : hashAlg,
      content.seq,
    ]);
    prevHash = forged;
  }
}

async function verifyAsAuditor(t: TestApp) {
  const auditor = await t.as(['auditor']);
  return (await auditor.get('/api/audit-events/verify').expect(200)).body;
}

describe('the audit trail against someone who controls the database', () => {
  let t: TestApp;
  let checkpointFile: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(line) });
    t = await createTestApp({ tampersWithAudit: true, logger });
    checkpointFile = t.app.get<RuntimeConfig>(APP_CONFIG).auditCheckpointFile;
  });

  afterAll(() => t.close());

  /** A fresh checkpoint of the chain as it now stands, after a few more events. */
  async function checkpointNow(): Promise<{ id: string; hash: string; at: string; count: number }> {
    for (let i = 0; i < 4; i++) await t.api.get('/api/auth/me').expect(200);
    await settled(t);
    await rm(checkpointFile, { force: true });
    await t.app.get(AuditCheckpointService).write();
    return JSON.parse(await readFile(checkpointFile, 'utf8'));
  }

  it('links new events by HMAC under the key, and checkpoints and logs the newest link', async () => {
    await verifyAsAuditor(t);
    await t.api.get('/api/auth/me').expect(200);
    const checkpoint = await checkpointNow();
    const [newest] = await t.dataSource.query('SELECT seq, hash, hash_alg FROM audit_event ORDER BY seq DESC LIMIT 1');
    expect(checkpoint).toMatchObject({ id: newest.seq, hash: newest.hash, count: Number(newest.seq) });
    expect(newest.hash_alg).toBe('hmac-sha256');

    const logged = logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'audit checkpoint written');
    expect(logged.at(-1)?.auditCheckpoint).toEqual({ id: newest.seq, hash: newest.hash });
    expect(logLines.join('')).not.toContain(TEST_AUDIT_KEY);
  });

  it('reports the newest events deleted by the owner, which the chain alone cannot show', async () => {
    const checkpoint = await checkpointNow();
    await asOwner(t, () => t.dataSource.query('DELETE FROM audit_event WHERE seq >= $1', [Number(checkpoint.id) - 1]));

    const verified = await verifyAsAuditor(t);
    expect(verified).toEqual({
      ok: false,
      checked: Number(checkpoint.id) - 2,
      checkpoint: { id: checkpoint.id, at: checkpoint.at, status: 'missing_events' },
    });
    // The evidence stays: no later checkpoint overwrites the one the chain no longer holds.
    await t.app.get(AuditCheckpointService).write();
    expect(JSON.parse(await readFile(checkpointFile, 'utf8'))).toEqual(checkpoint);
  });

  it('finds a link rewritten and re-hashed without the key, labelled keyed or not', async () => {
    const checkpoint = await checkpointNow();
    const target = Number(checkpoint.id) - 2;
    await asOwner(t, async () => {
      await t.dataSource.query("UPDATE audit_event SET actor_label = 'someone else' WHERE seq = $1", [target]);
      await rehashWithoutKey(t, target, false);
    });
    expect(await verifyAsAuditor(t)).toMatchObject({ ok: false, firstBrokenId: String(target) });

    // Labelled as written before the key: an unkeyed link after keyed ones is itself a break.
    await asOwner(t, () => rehashWithoutKey(t, target, true));
    expect(await verifyAsAuditor(t)).toMatchObject({ ok: false, firstBrokenId: String(target) });
  });

  it('reports the whole chain re-hashed without the key and passed off as written before it', async () => {
    const checkpoint = await checkpointNow();
    await asOwner(t, () => rehashWithoutKey(t, 1, true));

    const verified = await verifyAsAuditor(t);
    expect(verified.firstBrokenId).toBeUndefined();
    expect(verified).toMatchObject({
      ok: false,
      checkpoint: { id: checkpoint.id, at: checkpoint.at, status: 'hash_mismatch' },
    });
  });
});

describe('the audit checkpoint across a restart', () => {
  let database: TestDatabase;
  const checkpointFile = path.join(tmpdir(), `naltrack-restart-checkpoint-${process.pid}.json`);

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
    await rm(checkpointFile, { force: true });
  });

  it('is written at shutdown after the last event, and rejected once its signature is altered', async () => {
    const env = { AUDIT_CHECKPOINT_FILE: checkpointFile };
    const first = await createTestApp({ databaseUrl: database.url, env });
    await first.api.get('/api/auth/me').expect(200);
    await first.api.get('/api/auth/me').expect(200);
    await first.close();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const [newest] = (await client.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')).rows;
    await client.end();
    const written = JSON.parse(await readFile(checkpointFile, 'utf8'));
    expect(written).toMatchObject({ id: newest.seq, hash: newest.hash });

    const second = await createTestApp({ databaseUrl: database.url, env, tampersWithAudit: true });
    try {
      const intact = await verifyAsAuditor(second);
      expect(intact).toMatchObject({ ok: true, checkpoint: { status: 'ok' } });

      const current = JSON.parse(await readFile(checkpointFile, 'utf8'));
      const flipped = current.signature.startsWith('0') ? '1' : '0';
      await writeFile(checkpointFile, JSON.stringify({ ...current, signature: flipped + current.signature.slice(1) }));
      expect(await verifyAsAuditor(second)).toMatchObject({
        ok: false,
        checkpoint: { id: null, at: null, status: 'invalid_signature' },
      });
    } finally {
      await second.close();
    }
  });
});

describe('an audit trail begun before the key', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(() => database.drop());

  it('verifies its SHA-256 links, then the HMAC links that follow from the last of them', async () => {
    // The schema as it stood before links were keyed, and three links written then.
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'AuditHashAlg1795594000000');
    const old = new DataSource({ ...dataSourceOptions(database.url, 1), migrations: MIGRATIONS.slice(0, before) });
    await old.initialize();
    await old.runMigrations();
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const content = {
        seq: String(seq),
        occurredAt: new Date(Date.UTC(2026, 0, seq)),
        actorId: null,
        actorLabel: 'legacy@example.test',
        action: 'GET /api/patients',
        resourceType: 'patients',
        resourceId: null,
        patientId: null,
        outcome: 'success' as const,
        statusCode: 200,
        ip: '127.0.0.1',
        requestId: `legacy-${seq}`,
        detail: { seq },
      };
      const hash = linkHash('sha256', NO_KEY, prevHash, content);
      await old.query(
        `INSERT INTO audit_event (seq, occurred_at, actor_label, action, resource_type, outcome, status_code, ip,
                                  request_id, detail, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          seq,
          content.occurredAt,
          content.actorLabel,
          content.action,
          content.resourceType,
          content.outcome,
          content.statusCode,
          content.ip,
          content.requestId,
          content.detail,
          prevHash,
          hash,
        ],
      );
      prevHash = hash;
    }
    await old.destroy();

    const t = await createTestApp({ databaseUrl: database.url });
    try {
      await t.api.get('/api/auth/me').expect(200);
      await settled(t);
      const rows = await t.dataSource.query('SELECT seq, hash_alg, prev_hash, hash FROM audit_event ORDER BY seq');
      expect(rows.map((row: { hash_alg: string }) => row.hash_alg)).toEqual([
        'sha256',
        'sha256',
        'sha256',
        ...rows.slice(3).map(() => 'hmac-sha256'),
      ]);
      expect(rows.length).toBeGreaterThan(3);
      expect(rows[3].prev_hash).toBe(rows[2].hash);
      expect(await t.app.get(AuditService).verify()).toMatchObject({ ok: true, checked: rows.length });
    } finally {
      await t.close();
    }
  });
});
