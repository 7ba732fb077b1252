import { type AppProcess, startApp, waitForHealth } from '../e2e/app-process.js';
import { exitOf } from './support/app-exit.js';
import { saveAppLog } from './support/app-log.js';
import { staleCaseloadRows } from './support/caseload-rows.js';
import { northClinic, verifyAuditChain } from './support/demo-clinic.js';
import { exportJobOnceIn, joinEveryTeam, queueLongExport } from './support/export-job.js';
import { PgCluster } from './support/pg-cluster.js';
import { type Clinic, eventually, writeTraffic } from './support/write-traffic.js';
import {
  halfWrittenImports,
  lostWrites,
  tally,
  touchedPatients,
  unacknowledgedRows,
  uncleanAnswers,
} from './support/written-records.js';

const PG_PORT = 55420;
const APP_PORT = '3420';

/** SIGTERM (a deploy, a scale-in) while writes and a background export are in flight. */
describe('the app is stopped under load', () => {
  let cluster: PgCluster | undefined;
  const apps: AppProcess[] = [];
  const traffics: ReturnType<typeof writeTraffic>[] = [];

  const start = () => {
    if (!cluster) throw new Error('no cluster');
    const app = startApp({ PORT: APP_PORT, DATABASE_URL: cluster.url, DEMO: 'true' });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    cluster = await PgCluster.create(PG_PORT);
  });

  afterAll(async () => {
    await Promise.all(traffics.map((traffic) => traffic.stop()));
    for (const [index, app] of apps.entries()) {
      app.child.kill('SIGKILL');
      await exitOf(app, 10_000);
      await saveAppLog(`graceful-shutdown-${index}`, app.output());
    }
    await cluster?.destroy();
  });

  it('finishes or cleanly refuses what is in flight, hands the export back, writes nothing by halves and exits 0', async () => {
    if (!cluster) throw new Error('no cluster');
    const db = cluster;
    const first = start();
    await waitForHealth(first, 120_000);
    const clinic: Clinic = await northClinic(first.url);
    const sql = <Row>(text: string, params?: unknown[]) => db.query<Row>(text, params);
    await joinEveryTeam(sql, 'prescriber.north@example.org');

    const [started] = await sql<{ at: Date }>('SELECT clock_timestamp() AS at');
    if (!started) throw new Error('no clock');
    const run = writeTraffic(clinic, 6);
    traffics.push(run);
    expect(await eventually(async () => run.outcomes.filter((w) => w.outcome.status === 201).length >= 5, 60_000)).toBe(
      true,
    );
    const jobId = await queueLongExport(clinic.prescriber);
    expect(await exportJobOnceIn(clinic.prescriber, jobId, ['running', 'done', 'failed'], 30_000)).toMatchObject({
      status: 'running',
    });
    const stopping = Date.now();
    first.child.kill('SIGTERM');
    const exit = await exitOf(first, 15_000);
    const stopMs = Date.now() - stopping;
    const writes = await run.stop();
    console.info(`graceful shutdown: ${JSON.stringify({ stopMs, answers: tally(writes) })}`);
    expect(exit).toEqual({ code: 0, signal: null });
    // Once the listener is closed a new call finds nobody there, and a kept-alive connection the
    // server closes as the client sends on it is reset, or closed before the request reached it
    // (HTTP keep-alive's race, no answer either way: RFC 9112 section 9.3.1). Every call the app
    // took was answered: no call without a 2xx left a row, and none left anything by halves.
    expect(uncleanAnswers(writes, /ECONNREFUSED|ECONNRESET|other side closed/)).toEqual([]);
    expect(await unacknowledgedRows(sql, writes, started.at)).toEqual([]);

    expect(await lostWrites(sql, writes)).toEqual([]);
    expect(await halfWrittenImports(sql, writes)).toEqual([]);
    expect(await staleCaseloadRows(db.url, touchedPatients(writes))).toEqual([]);
    // The export went back to the queue, its attempt given back and no worker holding it.
    const [job] = await sql<{ status: string; attempts: number; worker_id: string | null }>(
      'SELECT status, attempts, worker_id FROM export_job WHERE id = $1',
      [jobId],
    );
    expect(job).toEqual({ status: 'queued', attempts: 0, worker_id: null });

    // The next instance picks the export up and finishes it.
    const second = start();
    await waitForHealth(second, 120_000);
    expect(await exportJobOnceIn(clinic.prescriber, jobId, ['done', 'failed'], 90_000)).toMatchObject({
      status: 'done',
    });
    const download = await clinic.prescriber.fetch(`/api/exports/${jobId}/download`);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(1_000);
    expect(await verifyAuditChain(second.url)).toMatchObject({ ok: true });
    second.child.kill('SIGTERM');
    expect(await exitOf(second, 15_000)).toEqual({ code: 0, signal: null });
  });
});
