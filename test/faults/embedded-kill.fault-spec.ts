import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedPostgres } from '../../apps/api/dist/database/embedded-postgres.js';
import { type AppProcess, startApp, waitForHealth } from '../e2e/app-process.js';
import { exitOf } from './support/app-exit.js';
import { saveAppLog } from './support/app-log.js';
import { staleCaseloadRows } from './support/caseload-rows.js';
import { northClinic, verifyAuditChain } from './support/demo-clinic.js';
import { eventually, writeTraffic } from './support/write-traffic.js';
import { halfWrittenImports, lostWrites, tally, touchedPatients, uncleanAnswers } from './support/written-records.js';

const PORT = '3430';
const SECOND_PORT = '3431';

/** `npm start`'s default: the embedded database in DATA_DIR, its process killed with SIGKILL mid-write. */
describe('the app on the embedded database is killed under writes', () => {
  let dataDir: string;
  const apps: AppProcess[] = [];

  const start = (port = PORT) => {
    const app = startApp({ PORT: port, DATA_DIR: dataDir });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'naltrack-faults-embedded-')), 'data');
  });

  afterAll(async () => {
    for (const [index, app] of apps.entries()) {
      app.child.kill('SIGKILL');
      await exitOf(app, 10_000);
      await saveAppLog(`embedded-kill-${index}`, app.output());
    }
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('restarts after kill -9 (recovering the folder and its lock) with every acknowledged write', async () => {
    const first = start();
    await waitForHealth(first, 180_000);

    // A second process on the same folder is refused while the first one lives.
    const intruder = start(SECOND_PORT);
    expect(await exitOf(intruder, 60_000)).toEqual({ code: 1, signal: null });
    expect(intruder.output()).toContain(`in use by process ${first.child.pid}`);

    const clinic = await northClinic(first.url);
    const traffic = writeTraffic(clinic, 4);
    expect(
      await eventually(async () => traffic.outcomes.filter((w) => w.outcome.status === 201).length >= 5, 60_000),
    ).toBe(true);
    first.child.kill('SIGKILL');
    expect(await exitOf(first, 10_000)).toEqual({ code: null, signal: 'SIGKILL' });
    const writes = await traffic.stop();
    console.info(`embedded kill -9: ${JSON.stringify(tally(writes))}`);
    // Calls in flight at the kill lose their connection and later ones find nobody listening;
    // every call before it was answered.
    expect(uncleanAnswers(writes, /ECONNREFUSED|other side closed|ECONNRESET|socket hang up/)).toEqual([]);

    // The lock still names the dead process; the next start takes it over.
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    expect((await readFile(`${dataDir}.lock`, 'utf8')).split('\n')[0]).toBe(String(first.child.pid));
    const second = start();
    await waitForHealth(second, 180_000);
    expect(await verifyAuditChain(second.url)).toMatchObject({ ok: true });
    second.child.kill('SIGTERM');
    expect(await exitOf(second, 15_000)).toEqual({ code: 0, signal: null });
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    // The folder as the app left it, opened directly.
    const database = await EmbeddedPostgres.start({ dataDir, maxConnections: 2 });
    try {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const sql = async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[];
      try {
        expect(await lostWrites(sql, writes)).toEqual([]);
        expect(await halfWrittenImports(sql, writes)).toEqual([]);
      } finally {
        await client.end();
      }
      expect(await staleCaseloadRows(database.url, touchedPatients(writes))).toEqual([]);
    } finally {
      await database.stop();
    }
  });
});
