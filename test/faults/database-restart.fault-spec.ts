import { type AppProcess, startApp, waitForHealth } from '../e2e/app-process.js';
import { ApiClient, type Outcome, REQUEST_DEADLINE_MS } from './support/api-client.js';
import { exitOf } from './support/app-exit.js';
import { saveAppLog } from './support/app-log.js';
import { staleCaseloadRows } from './support/caseload-rows.js';
import { northClinic, verifyAuditChain } from './support/demo-clinic.js';
import { exportJobOnceIn, joinEveryTeam, queueLongExport } from './support/export-job.js';
import { PgCluster } from './support/pg-cluster.js';
import { type Clinic, eventually, writeTraffic } from './support/write-traffic.js';
import { halfWrittenImports, lostWrites, tally, touchedPatients, uncleanAnswers } from './support/written-records.js';

const PG_PORT = 55410;
const APP_PORT = '3410';

/** Connections cut mid-write, then the server crashed and restarted, under steady write traffic. */
describe('the database server fails under writes', () => {
  let cluster: PgCluster | undefined;
  let app: AppProcess | undefined;
  let clinic: Clinic;
  const traffics: ReturnType<typeof writeTraffic>[] = [];

  beforeAll(async () => {
    cluster = await PgCluster.create(PG_PORT);
    app = startApp({
      PORT: APP_PORT,
      DATABASE_URL: cluster.url,
      DEMO: 'true',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '5000',
    });
    await waitForHealth(app, 120_000);
    clinic = await northClinic(app.url);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(traffics.map((traffic) => traffic.stop()));
    if (app) {
      app.child.kill('SIGTERM');
      await exitOf(app, 10_000);
      await saveAppLog('database-restart', app.output());
    }
    await cluster?.destroy();
  });

  it('keeps every acknowledged write, answers 503 while down, heals, finishes the export and keeps the audit chain', async () => {
    if (!cluster || !app) throw new Error('not started');
    const db = cluster;
    const health = new ApiClient(app.url);
    const sql = <Row>(text: string, params?: unknown[]) => db.query<Row>(text, params);
    await joinEveryTeam(sql, 'prescriber.north@example.org');
    const jobId = await queueLongExport(clinic.prescriber);
    expect(await exportJobOnceIn(clinic.prescriber, jobId, ['running', 'done', 'failed'], 30_000)).toMatchObject({
      status: 'running',
    });

    const run = writeTraffic(clinic, 6);
    traffics.push(run);
    // Cut the connections while statements run: transactions die between their writes.
    expect(await eventually(async () => (await db.activeStatements()) > 0, 10_000, 20)).toBe(true);
    expect(await db.terminateClients()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    // Then crash the server itself in the middle of writes, with the export running again.
    const exportRunning = async () =>
      (await sql<{ status: string }>('SELECT status FROM export_job WHERE id = $1', [jobId]))[0]?.status === 'running';
    expect(await eventually(exportRunning, 10_000, 50)).toBe(true);
    expect(await eventually(async () => (await db.activeStatements()) > 0, 10_000, 20)).toBe(true);
    const crashedAt = new Date();
    await db.stop('immediate');
    expect(await eventually(async () => (await health.get('/api/health')).status === 503, 5_000)).toBe(true);
    const whileDown = await health.get('/api/health');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const duringOutage = run.outcomes.length;

    await db.start();
    const back = Date.now();
    expect(await eventually(async () => (await health.get('/api/health')).status === 200, 10_000, 100)).toBe(true);
    const healedMs = Date.now() - back;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const writes = await run.stop();

    const refused = writes.filter((w) => w.outcome.status === 400).map((w) => [w.op, w.outcome.body]);
    const report = { healedMs, answers: tally(writes), refused };
    console.info(`database restart: ${JSON.stringify(report)}`);
    expect(whileDown).toMatchObject({ status: 503, body: { status: 'degraded', database: 'down' } });
    expect(healedMs).toBeLessThan(10_000);
    expect(writes.length).toBeGreaterThan(duringOutage);
    // During the outage the API refused cleanly, with a code, instead of failing or hanging.
    expect(writes.filter((w) => w.outcome.code === 'DATABASE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(uncleanAnswers(writes)).toEqual([]);
    expect(writes.filter((w) => w.outcome.status === 201 || w.outcome.status === 200).length).toBeGreaterThan(0);

    expect(await lostWrites(sql, writes)).toEqual([]);
    expect(await halfWrittenImports(sql, writes)).toEqual([]);
    expect(await staleCaseloadRows(db.url, touchedPatients(writes))).toEqual([]);

    // The export that ran through the outage is restarted and finishes.
    expect(await exportJobOnceIn(clinic.prescriber, jobId, ['done', 'failed'], 90_000)).toMatchObject({
      status: 'done',
    });
    const [lastRun] = await sql<{ started_at: Date }>('SELECT started_at FROM export_job WHERE id = $1', [jobId]);
    // Started again after the crash, not merely finished before it.
    expect(lastRun?.started_at.getTime()).toBeGreaterThan(crashedAt.getTime());
    const download = await clinic.prescriber.fetch(`/api/exports/${jobId}/download`);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(1_000);

    expect(await verifyAuditChain(app.url)).toMatchObject({ ok: true });
  });

  it('answers 503 within its timeouts while the server hangs without answering, and heals', async () => {
    if (!cluster || !app) throw new Error('not started');
    const db = cluster;
    const health = new ApiClient(app.url);
    const run = writeTraffic(clinic, 6);
    traffics.push(run);
    expect(await eventually(async () => (await db.activeStatements()) > 0, 10_000, 20)).toBe(true);
    const thaw = await db.freeze();
    let whileFrozen: Outcome | undefined;
    try {
      // Statements in flight wait for the driver's timeout (statement 5 s + 5 s), new ones for a connection (2 s).
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      whileFrozen = await health.get('/api/health');
    } finally {
      await thaw();
    }
    const thawed = Date.now();
    // Calls stuck on the frozen server give up within their timeouts; then the pool serves again.
    expect(
      await eventually(async () => (await health.get('/api/health')).status === 200, REQUEST_DEADLINE_MS, 100),
    ).toBe(true);
    const healedMs = Date.now() - thawed;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const writes = await run.stop();
    console.info(`frozen server: ${JSON.stringify({ healedMs, answers: tally(writes) })}`);

    expect(whileFrozen).toMatchObject({ status: 503, body: { database: 'down' } });
    expect(writes.filter((w) => w.outcome.code === 'DATABASE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(uncleanAnswers(writes)).toEqual([]);
    const sql = <Row>(text: string, params?: unknown[]) => db.query<Row>(text, params);
    expect(await lostWrites(sql, writes)).toEqual([]);
    expect(await halfWrittenImports(sql, writes)).toEqual([]);
    expect(await staleCaseloadRows(db.url, touchedPatients(writes))).toEqual([]);
    expect(await verifyAuditChain(app.url)).toMatchObject({ ok: true });
  });
});
