import { createTestApp, type TestApp } from '../../test/test-app.js';
import { ExportJobStore } from './export-job-store.js';
import { ExportWorker } from './export-worker.js';

describe('ExportJobStore.claimNext', () => {
  let t: TestApp;
  let store: ExportJobStore;

  beforeAll(async () => {
    t = await createTestApp();
    // The test claims by hand: the app's own worker stays out of the way.
    await t.app.get(ExportWorker).beforeApplicationShutdown();
    store = t.app.get(ExportJobStore);
  });

  afterAll(() => t.close());

  /** A job some worker claimed and still holds a live lease on, with part of its file written. */
  async function runningJob(workerId: string): Promise<string> {
    const [job]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO export_job (requested_by, query, format, status, rows_done, attempts, worker_id, lease_expires_at)
       VALUES ($1, '{"format":"csv"}', 'csv', 'running', 10, 1, $2, now() + interval '1 minute')
       RETURNING id`,
      [t.api.clinician.id, workerId],
    );
    await t.dataSource.query(`INSERT INTO export_chunk (job_id, seq, data) VALUES ($1, 0, 'half a file')`, [job?.id]);
    return job?.id ?? '';
  }

  it('gives a worker back, at once, the job it lost touch with; leaves another worker live jobs alone', async () => {
    const held = await runningJob('worker-a');

    expect(await store.claimNext('worker-b', 60_000, 3)).toBeNull();
    // worker-a runs one job at a time: finding its own job running means the database went away
    // before it could hand the job back.
    expect(await store.claimNext('worker-a', 60_000, 3)).toMatchObject({ id: held, attempts: 2 });
    const chunks = await t.dataSource.query('SELECT 1 FROM export_chunk WHERE job_id = $1', [held]);
    expect(chunks).toEqual([]);
  });
});
