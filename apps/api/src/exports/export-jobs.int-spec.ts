import { Writable } from 'node:stream';
import { jest } from '@jest/globals';
import { addDays } from '@naltrack/domain';
import { type Logger, pino } from 'pino';
import { addMemberships } from '../../test/factories.js';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { CLINIC_TIME_ZONE, TEST_TODAY } from '../../test/test-clock.js';
import { AuditService } from '../audit/audit.service.js';
import { PrincipalLoader } from '../auth/principal-loader.js';
import { LOGGER } from '../common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { bulkSeedCohort } from '../database/seed/bulk/bulk-seeder.js';
import { AdherenceExportService } from '../reports/adherence-export.service.js';
import { AdherenceExportQuery } from '../reports/dto/adherence-export-query.dto.js';
import { ExportJobStore } from './export-job-store.js';
import { EXPORT_SETTINGS, type ExportSettings } from './export-settings.js';
import { ExportWorker } from './export-worker.js';

const PART2_NOTICE = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';
const PATIENTS = 1_005;

interface JobView {
  id: string;
  status: string;
  rowsDone: number;
  rowsTotal: number | null;
  errorCode: string | null;
  downloadUrl: string | null;
}

/** Polls the job until it is done or failed. */
async function finishedJob(api: ApiClient, id: string, timeoutMs = 45_000): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await api.get(`/api/exports/${id}`).expect(200);
    const job = body as JobView;
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`export ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** supertest hands non-JSON bodies over as text or a Buffer depending on the type. */
function textOf(response: { text?: string; body: unknown }): string {
  return Buffer.isBuffer(response.body) ? response.body.toString('utf8') : (response.text ?? '');
}

describe('Background exports', () => {
  let t: TestApp;
  let settings: ExportSettings;
  const today = TEST_TODAY;
  // Three calendar months: the current one and the two before it.
  const from = `${addDays(`${today.slice(0, 7)}-01`, -40).slice(0, 7)}-01`;
  const everyone = { format: 'csv', from, to: today };

  /** What the synchronous export writes for the same query and clinician. */
  async function synchronousCsv(query: Record<string, string>, clinicianId: string): Promise<string> {
    const principal = await t.app.get(PrincipalLoader).load(clinicianId, 'token');
    if (!principal) throw new Error('tester not found');
    const service = t.app.get(AdherenceExportService);
    const prepared = await service.prepare(Object.assign(new AdherenceExportQuery(), query), principal);
    const parts: Buffer[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        parts.push(chunk);
        callback();
      },
    });
    await service.write(prepared, output);
    return Buffer.concat(parts).toString('utf8');
  }

  /** A worker of another instance, built from this app's parts. */
  function successorWorker(): ExportWorker {
    return new ExportWorker(
      t.app.get(ExportJobStore),
      t.app.get(AdherenceExportService),
      t.app.get(PrincipalLoader),
      t.app.get(AuditService),
      settings,
      t.app.get<RuntimeConfig>(APP_CONFIG),
      t.app.get<Logger>(LOGGER),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    settings = t.app.get<ExportSettings>(EXPORT_SETTINGS);
    // Every progress report is written, so a short export still shows its progress moving.
    settings.progressEveryMs = 0;
    // COPY on a server; the embedded database takes INSERTs.
    await bulkSeedCohort(t.dataSource, pino({ level: 'silent' }), {
      patients: PATIENTS,
      seed: 1,
      timeZone: CLINIC_TIME_ZONE,
      today: TEST_TODAY,
      copy: process.env.TEST_DATABASE_URL !== undefined,
    });
    const teams: { id: string }[] = await t.dataSource.query('SELECT id FROM care_team');
    await addMemberships(
      t.dataSource,
      t.api.clinician.id,
      teams.map((team) => team.id),
    );
    // Loading a thousand patients into the embedded database takes a while.
  }, 180_000);

  afterAll(() => t.close());

  it('exports more than 1,000 patients in the background, with progress, and serves what the report writes', async () => {
    const progress = jest.spyOn(t.app.get(ExportJobStore), 'heartbeat');
    const created = await t.api.post('/api/exports').send(everyone).expect(202);
    expect(created.headers.location).toBe(`/api/exports/${created.body.id}`);
    expect(created.body).toMatchObject({ status: 'queued', rowsDone: 0, rowsTotal: PATIENTS * 3 });

    const job = await finishedJob(t.api, created.body.id);
    expect(job).toMatchObject({ status: 'done', rowsDone: PATIENTS * 3, rowsTotal: PATIENTS * 3, errorCode: null });
    const reported = progress.mock.calls.flatMap(([jobId, , , figures]) =>
      jobId === job.id && figures ? [figures.rowsDone] : [],
    );
    if (t.app.get<RuntimeConfig>(APP_CONFIG).databasePoolSize > 1) {
      expect(reported.some((rows) => rows > 0 && rows < PATIENTS * 3)).toBe(true);
      expect(reported).toEqual([...reported].sort((a, b) => a - b));
    } else {
      // On one connection (the embedded database) the export's cursor holds it to the end.
      expect(reported).toEqual([]);
    }

    const download = await t.api
      .get(job.downloadUrl ?? '')
      .buffer(true)
      .expect(200);
    expect(download.headers['content-type']).toMatch(/^text\/csv/);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="adherence-all-teams-/);
    const file = textOf(download);
    expect(file.startsWith(PART2_NOTICE)).toBe(true);
    expect(file).toBe(await synchronousCsv(everyone, t.api.clinician.id));

    const listed = await t.api.get('/api/exports').expect(200);
    expect(listed.body.map((view: JobView) => view.id)).toContain(job.id);
    const [audited]: { actor_id: string }[] = await t.dataSource.query(
      `SELECT actor_id FROM audit_event WHERE resource_type = 'exports' AND resource_id = $1 AND action LIKE 'EXPORT%'`,
      [job.id],
    );
    expect(audited?.actor_id).toBe(t.api.clinician.id);
  });

  it('shows a job and its file only to the clinician who asked, even within the same team', async () => {
    const created = await t.api.post('/api/exports').send(everyone).expect(202);
    const teams: { id: string }[] = await t.dataSource.query('SELECT id FROM care_team');
    const colleague = await t.as(
      ['prescriber', 'team_lead'],
      teams.map((team) => team.id),
    );
    await colleague.get(`/api/exports/${created.body.id}`).expect(404);
    await colleague.get(`/api/exports/${created.body.id}/download`).expect(404);
    const listed = await colleague.get('/api/exports').expect(200);
    expect(listed.body).toEqual([]);
    await finishedJob(t.api, created.body.id);
  });

  it.each([
    [{ ...everyone, format: 'xlsx' }, 'format'],
    [{ ...everyone, from: '2026-02-30' }, 'from'],
    [{ ...everyone, careTeamId: 'north' }, 'careTeamId'],
    [{ ...everyone, recipient: 'Acme Health Plan' }, 'purpose'],
    [{ ...everyone, download: true }, 'download'],
  ])('refuses %p naming %s', async (body, field) => {
    const response = await t.api.post('/api/exports').send(body).expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('answers 400 naming the id for a malformed one, 404 for an unknown one, 409 before the file is ready; fences out a worker that lost the job', async () => {
    const malformed = await t.api.get('/api/exports/42').expect(400);
    expect(malformed.body.details.fields[0].field).toBe('id');
    await t.api.get('/api/exports/00000000-0000-4000-8000-000000000000').expect(404);
    const [queued]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO export_job (requested_by, query, format, status, attempts, worker_id, lease_expires_at)
       VALUES ($1, $2, 'csv', 'running', 1, 'a-live-instance', now() + interval '1 hour') RETURNING id`,
      [t.api.clinician.id, everyone],
    );
    const conflict = await t.api.get(`/api/exports/${queued?.id}/download`).expect(409);
    expect(conflict.body.code).toBe('EXPORT_NOT_READY');
    // A worker that lost the job (its lease ran out and another instance took it) can no longer touch it.
    const store = t.app.get(ExportJobStore);
    const id = queued?.id ?? '';
    expect(await store.appendChunk(id, 'a-paused-instance', 0, Buffer.from('late'))).toBe(false);
    expect(await store.heartbeat(id, 'a-paused-instance', 60_000, { rowsDone: 9, rowsTotal: 9 })).toBe(false);
    const file = { contentType: 'text/csv', fileName: 'late.csv', byteSize: 4, rowsDone: 9 };
    const scope = { careTeamIds: [], patientId: null };
    expect(await store.complete(id, 'a-paused-instance', file, 60_000, scope, [])).toBe(false);
    expect(await t.dataSource.query('SELECT 1 FROM export_chunk WHERE job_id = $1', [id])).toEqual([]);
    await t.dataSource.query('DELETE FROM export_job WHERE id = $1', [queued?.id]);
  });

  it('refuses a fourth export while three of the same clinician are unfinished', async () => {
    const teams: { id: string }[] = await t.dataSource.query('SELECT id FROM care_team');
    const busy = await t.as(
      ['therapist'],
      teams.map((team) => team.id),
    );
    // Held by a live instance: this app's worker leaves them alone.
    await t.dataSource.query(
      `INSERT INTO export_job (requested_by, query, format, status, attempts, worker_id, lease_expires_at)
       SELECT $1, $2, 'csv', 'running', 1, 'a-live-instance', now() + interval '1 hour' FROM generate_series(1, 3)`,
      [busy.clinician.id, everyone],
    );
    const refused = await busy.post('/api/exports').send(everyone).expect(409);
    expect(refused.body.code).toBe('EXPORTS_IN_PROGRESS');
    await t.dataSource.query('DELETE FROM export_job WHERE requested_by = $1', [busy.clinician.id]);
    await busy
      .post('/api/exports')
      .send({ ...everyone, to: from })
      .expect(202);
  });

  it('deletes finished exports once they expire', async () => {
    const created = await t.api
      .post('/api/exports')
      .send({ ...everyone, to: from })
      .expect(202);
    await finishedJob(t.api, created.body.id);
    await t.dataSource.query(`UPDATE export_job SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      created.body.id,
    ]);
    // Gone for the client at once, deleted with its file by the worker's next sweep.
    await t.api.get(`/api/exports/${created.body.id}`).expect(404);
    expect(await t.app.get(ExportJobStore).deleteExpired()).toBe(1);
    const chunks = await t.dataSource.query('SELECT 1 FROM export_chunk WHERE job_id = $1', [created.body.id]);
    expect(chunks).toEqual([]);
  });

  it('restarts, from scratch, a job whose instance died; fails one that died too often', async () => {
    // This instance stops working on exports; another one starts on the same database.
    await t.app.get(ExportWorker).beforeApplicationShutdown();
    const { options } = t.dataSource;
    const url = options.type === 'postgres' ? (options.url ?? '') : '';
    const insertDead = async (attempts: number) => {
      const [job]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO export_job (requested_by, query, format, status, rows_done, rows_total, attempts, worker_id,
                                 lease_expires_at, started_at)
         VALUES ($1, $2, 'csv', 'running', 500, $3, $4, 'crashed-instance', now() - interval '1 minute',
                 now() - interval '5 minutes')
         RETURNING id`,
        [t.api.clinician.id, everyone, PATIENTS * 3, attempts],
      );
      // What the dead instance had written before it died must not end up in the file.
      await t.dataSource.query(`INSERT INTO export_chunk (job_id, seq, data) VALUES ($1, 0, 'half a file')`, [job?.id]);
      return job?.id ?? '';
    };
    const resumable = await insertDead(1);
    const exhausted = await insertDead(settings.maxAttempts);

    // Another instance takes over: a second app on a server. The embedded database serves one
    // process only, so there the successor is a second worker (its own instance id) in this one.
    const embedded = t.app.get<RuntimeConfig>(APP_CONFIG).databasePoolSize < 2;
    const second = embedded ? null : await createTestApp({ databaseUrl: url });
    try {
      if (embedded) await successorWorker().drain();
      const resumed = await finishedJob(t.api, resumable);
      expect(resumed).toMatchObject({ status: 'done', rowsDone: PATIENTS * 3 });
      const [row]: { attempts: number }[] = await t.dataSource.query('SELECT attempts FROM export_job WHERE id = $1', [
        resumable,
      ]);
      expect(row?.attempts).toBe(2);
      const download = await t.api.get(`/api/exports/${resumable}/download`).buffer(true).expect(200);
      expect(textOf(download)).toBe(await synchronousCsv(everyone, t.api.clinician.id));

      const abandoned = await finishedJob(t.api, exhausted);
      expect(abandoned).toMatchObject({ status: 'failed', errorCode: 'EXPORT_ABANDONED', downloadUrl: null });
    } finally {
      await second?.close();
    }
  });
});
