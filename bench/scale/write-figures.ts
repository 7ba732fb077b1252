import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { addDays, clinicalDateOf } from '@naltrack/domain';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchConfig } from './bench-config.js';
import { BENCH_NOTES } from './bench-databases.js';
import { type Figure, figure, latencyDetails, p99s } from './figures.js';
import { alternate, type HttpLoad, httpAtRate, httpThroughput, sqlAtRate, untilIdle } from './load.js';
import { type RunningServer, startBareFastify } from './processes.js';
import type { Site } from './read-figures.js';

/** Each caller in turn takes the next of the bench's seeded patients. */
function rotation(ids: readonly string[]): () => string {
  let next = 0;
  return () => ids[next++ % ids.length] ?? '';
}

/** A dose POSTed for the bench's seeded patients in turn, as the writer: the event POST's load. */
export function eventPostLoad(site: Site, today: string): HttpLoad {
  const patient = rotation(site.fixtures.postPatients);
  const body = JSON.stringify({
    kind: 'taken',
    formulation: 'oral',
    occurredOn: today,
    doseMg: 50,
    observed: false,
    note: BENCH_NOTES.post,
  });
  return {
    url: site.app.url,
    headers: { authorization: `Bearer ${site.fixtures.writerToken}`, 'content-type': 'application/json' },
    next: () => ({ method: 'POST', path: `/api/patients/${patient()}/medication-events`, body }),
  };
}

/** The raw minimum of a dose in SQL, for the bench's seeded patients in turn: lock, INSERT, UPDATE. */
export function rawEventTransaction(site: Site, today: string): (pool: pg.Pool) => Promise<void> {
  const patient = rotation(site.fixtures.postPatients);
  return async (pool) => {
    const patientId = patient();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM patient WHERE id = $1 FOR UPDATE', [patientId]);
      await client.query(
        `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, dose_mg, observed, note, recorded_by)
         VALUES ($1, 'taken', 'oral', $2, 50, false, $3, $4)`,
        [patientId, today, BENCH_NOTES.raw, site.fixtures.writerId],
      );
      await client.query(
        'UPDATE patient_summary SET last_dose_on = $2, as_of = $2, updated_at = now() WHERE patient_id = $1',
        [patientId, today],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

/**
 * A dose recorded through POST /api/patients/:id/medication-events (lock, insert, caseload row
 * rebuilt from every record of the patient, audit) against the raw minimum in SQL: lock, INSERT
 * and an UPDATE of the caseload row, in one transaction.
 */
export async function eventPostFigure(config: BenchConfig, site: Site): Promise<Figure> {
  const today = clinicalDateOf(new Date(), config.timeZone);
  const load = eventPostLoad(site, today);
  const insert = rawEventTransaction(site, today);
  const api = (warmUp: boolean) => httpAtRate(load, config.rates.write, warmUp ? 1 : config.seconds);
  const sql = (warmUp: boolean) => sqlAtRate(site.pool, config.rates.write, warmUp ? 1 : config.seconds, insert);
  const rounds = await alternate(config.rounds, { api, sql }, () => untilIdle([site.pool]));
  return figure(
    'event-post-api-vs-sql',
    'Single event POST p99 vs raw INSERT + caseload row UPDATE p99',
    'ms',
    { value: p99s(rounds.api), baseline: p99s(rounds.sql) },
    { max: 3 },
    { ...latencyDetails('api', rounds.api), ...latencyDetails('sql', rounds.sql) },
  );
}

/** The import's rows: a dose a day going back, for each of the bench's import patients in turn. */
function importRows(config: BenchConfig, patients: readonly string[]) {
  const today = clinicalDateOf(new Date(), config.timeZone);
  const perPatient = Math.ceil(config.importRows / patients.length);
  return Array.from({ length: config.importRows }, (_, i) => ({
    patientId: patients[Math.floor(i / perPatient)] ?? '',
    occurredOn: addDays(today, -1 - (i % perPatient)),
  }));
}

/**
 * POST /api/imports of medication events as NDJSON (validated row by row, batches of 1,000 with
 * their caseload rows) against COPY of the same rows into medication_event, in rows per second.
 */
export async function importFigure(config: BenchConfig, site: Site): Promise<Figure> {
  const rows = importRows(config, site.fixtures.importPatients);
  const bodies = (some: typeof rows) => ({
    rows: some.length,
    ndjson: some
      .map((r) =>
        JSON.stringify({
          record: 'medication_event',
          ...r,
          kind: 'taken',
          formulation: 'oral',
          doseMg: 50,
          observed: true,
        }),
      )
      .join('\n'),
    copy: some.map((r) => `${r.patientId}\ttaken\toral\t${r.occurredOn}\t50\tt\t${site.fixtures.writerId}\n`).join(''),
  });
  const full = bodies(rows);
  const warm = bodies(rows.slice(0, 1_000));
  const clear = () =>
    site.pool.query('DELETE FROM medication_event WHERE patient_id = ANY($1)', [site.fixtures.importPatients]);

  const viaApi = async (warmUp: boolean) => {
    const body = warmUp ? warm : full;
    await clear();
    const started = performance.now();
    const response = await fetch(`${site.app.url}/api/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${site.fixtures.writerToken}`, 'content-type': 'application/x-ndjson' },
      body: body.ndjson,
    });
    const report = (await response.json()) as { rowsImported?: number };
    const seconds = (performance.now() - started) / 1000;
    if (report.rowsImported !== body.rows)
      throw new Error(`the import wrote ${report.rowsImported} of ${body.rows} rows`);
    return body.rows / seconds;
  };
  const viaCopy = async (warmUp: boolean) => {
    const body = warmUp ? warm : full;
    await clear();
    const client = await site.pool.connect();
    try {
      const started = performance.now();
      await client.query('BEGIN');
      const copy = client.query(
        copyFrom(
          'COPY medication_event (patient_id, kind, formulation, occurred_on, dose_mg, observed, recorded_by) FROM STDIN',
        ),
      );
      await pipeline(Readable.from([body.copy]), copy);
      await client.query('COMMIT');
      return body.rows / ((performance.now() - started) / 1000);
    } finally {
      client.release();
    }
  };
  const rounds = await alternate(config.rounds, { api: viaApi, copy: viaCopy });
  await clear();
  return figure(
    'import-vs-copy',
    `Bulk import (${rows.length.toLocaleString('en-US')} NDJSON rows) vs COPY of the same rows, rows/s`,
    'rows/s',
    { value: rounds.api, baseline: rounds.copy },
    { min: 0.25 },
  );
}

/** GET /api/health through the whole app (hooks, security headers, the cached probe) against bare Fastify. */
export async function healthFigure(config: BenchConfig, app: RunningServer): Promise<Figure> {
  const bare = await startBareFastify();
  try {
    const side = (url: string) => (warmUp: boolean) => httpThroughput(`${url}/api/health`, warmUp ? 1 : config.seconds);
    const rounds = await alternate(config.rounds, { app: side(app.url), bare: side(bare.url) });
    return figure(
      'health-throughput',
      'GET /api/health throughput vs bare Fastify answering the same JSON',
      'req/s',
      { value: rounds.app, baseline: rounds.bare },
      { min: 0.7 },
    );
  } finally {
    await bare.stop();
  }
}
