import { encodeCursor } from '@naltrack/api/dist/caseload/caseload-cursor.js';
import { caseloadStatement } from '@naltrack/api/dist/caseload/caseload-query.js';
import { resolveSort } from '@naltrack/api/dist/caseload/caseload-sort.js';
import { clinicalDateOf } from '@naltrack/domain';
import type pg from 'pg';
import type { BenchConfig } from './bench-config.js';
import type { BenchFixtures } from './bench-databases.js';
import { type Figure, figure, latencyDetails, p99s } from './figures.js';
import { alternate, httpAtRate, sqlAtRate, untilIdle } from './load.js';
import type { RunningServer } from './processes.js';

export const CASELOAD_SORT = 'pdc90';
const PAGE = 50;

/** One database under test: its app, a pool like the app's, and the bench's fixtures in it. */
export interface Site {
  app: RunningServer;
  pool: pg.Pool;
  fixtures: BenchFixtures;
  patients: number;
}

/** The cursor of the page that starts `depth` rows into the caseload sorted by PDC (the last page at most). */
async function deepCursor(site: Site, depth: number): Promise<string> {
  const sort = resolveSort(CASELOAD_SORT);
  const offset = Math.min(depth, site.patients) - PAGE - 1;
  const { rows } = await site.pool.query(
    `SELECT ${sort.values} AS keys, s.patient_id FROM patient_summary s
      WHERE s.care_team_id = ANY($1::uuid[]) ORDER BY ${sort.orderBy} OFFSET $2 LIMIT 1`,
    [site.fixtures.teamIds, offset],
  );
  const row = rows[0];
  if (!row) throw new Error(`${site.fixtures.name} has fewer than ${offset + 1} caseload rows`);
  return encodeCursor({ sort: CASELOAD_SORT, values: row.keys, patientId: row.patient_id });
}

function caseloadSides(config: BenchConfig, site: Site, cursor: string | null) {
  const query = { sort: CASELOAD_SORT, limit: PAGE, ...(cursor ? { cursor } : {}) };
  const url = `${site.app.url}/api/caseload?${new URLSearchParams({ ...query, limit: String(PAGE) })}`;
  const headers = { authorization: `Bearer ${site.fixtures.readerToken}` };
  const { sql, params } = caseloadStatement(query, site.fixtures.teamIds, clinicalDateOf(new Date(), config.timeZone));
  const seconds = (warmUp: boolean) => (warmUp ? 1 : config.seconds);
  return {
    api: (warmUp: boolean) => httpAtRate({ url, headers }, config.rates.read, seconds(warmUp)),
    sql: (warmUp: boolean) =>
      sqlAtRate(site.pool, config.rates.read, seconds(warmUp), (pool) => pool.query(sql, params)),
  };
}

/**
 * The caseload sorted by PDC: its first page and a page 100,000 rows deep (the last page of a
 * smaller caseload), through the API and as the raw SQL the endpoint runs, at one fixed rate, on
 * both databases, and the Today page of the same reader, all in alternating rounds.
 */
export async function caseloadFigures(config: BenchConfig, large: Site, small: Site): Promise<Figure[]> {
  const depth = 100_000;
  const largeFirst = caseloadSides(config, large, null);
  const largeDeep = caseloadSides(config, large, await deepCursor(large, depth));
  const smallFirst = caseloadSides(config, small, null);
  const smallDeep = caseloadSides(config, small, await deepCursor(small, depth));
  // The reader is a prescriber in every demo team: Today counts over all of them.
  const today = readAtRate(config, large, '/api/today', large.fixtures.readerToken);
  const r = await alternate(
    config.rounds,
    {
      todayApi: today,
      largeFirstApi: largeFirst.api,
      largeFirstSql: largeFirst.sql,
      largeDeepApi: largeDeep.api,
      largeDeepSql: largeDeep.sql,
      smallFirstApi: smallFirst.api,
      smallDeepApi: smallDeep.api,
    },
    () => untilIdle([large.pool, small.pool]),
  );
  const L = large.patients.toLocaleString('en-US');
  const S = small.patients.toLocaleString('en-US');
  const deepRows = (Math.min(depth, large.patients) - PAGE).toLocaleString('en-US');
  return [
    figure(
      'caseload-first-api-vs-sql',
      `Caseload page 1 (${L} patients), API p99 vs its SQL p99`,
      'ms',
      { value: p99s(r.largeFirstApi), baseline: p99s(r.largeFirstSql) },
      { max: 1.5 },
      { ...latencyDetails('api', r.largeFirstApi), ...latencyDetails('sql', r.largeFirstSql) },
    ),
    figure(
      'caseload-deep-api-vs-sql',
      `Caseload page ${deepRows} rows deep (${L}), API p99 vs its SQL p99`,
      'ms',
      { value: p99s(r.largeDeepApi), baseline: p99s(r.largeDeepSql) },
      { max: 1.5 },
      { ...latencyDetails('api', r.largeDeepApi), ...latencyDetails('sql', r.largeDeepSql) },
    ),
    figure(
      'today-vs-caseload-first',
      `GET /api/today (${L} patients) vs caseload page 1, API p99`,
      'ms',
      { value: p99s(r.todayApi), baseline: p99s(r.largeFirstApi) },
      { max: 1.0 },
      latencyDetails('today', r.todayApi),
    ),
    figure(
      'caseload-deep-vs-first',
      `Caseload deep page vs page 1 (${L}), API p99`,
      'ms',
      { value: p99s(r.largeDeepApi), baseline: p99s(r.largeFirstApi) },
      { max: 1.2 },
    ),
    figure(
      'caseload-large-vs-small-first',
      `Caseload page 1, ${L} vs ${S} patients, API p99`,
      'ms',
      { value: p99s(r.largeFirstApi), baseline: p99s(r.smallFirstApi) },
      { max: 1.2 },
      latencyDetails('small', r.smallFirstApi),
    ),
    figure(
      'caseload-large-vs-small-deep',
      `Caseload last page, ${L} vs ${S} patients, API p99`,
      'ms',
      { value: p99s(r.largeDeepApi), baseline: p99s(r.smallDeepApi) },
      { max: 1.2 },
      latencyDetails('small', r.smallDeepApi),
    ),
  ];
}

/** GET on the API at the bench's read rate, as one clinician. */
function readAtRate(config: BenchConfig, site: Site, path: string, token?: string) {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  return (warmUp: boolean) =>
    httpAtRate({ url: `${site.app.url}${path}`, headers }, config.rates.read, warmUp ? 1 : config.seconds);
}

/**
 * The per-request floor: a signed-in, audited read that touches no patient (GET /api/auth/me:
 * token, principal, rate limit, audit) against the health route at the same rate.
 */
export async function floorFigure(config: BenchConfig, site: Site): Promise<Figure> {
  const r = await alternate(
    config.rounds,
    {
      me: readAtRate(config, site, '/api/auth/me', site.fixtures.readerToken),
      health: readAtRate(config, site, '/api/health'),
    },
    () => untilIdle([site.pool]),
  );
  return figure(
    'auth-me-vs-health',
    'GET /api/auth/me (signed in, audited) vs GET /api/health, p99',
    'ms',
    { value: p99s(r.me), baseline: p99s(r.health) },
    { max: 2 },
    { ...latencyDetails('me', r.me), ...latencyDetails('health', r.health) },
  );
}

/** A patient's timeline, first page, for a patient with 10,000 events and one with 100. */
export async function timelineFigure(config: BenchConfig, site: Site): Promise<Figure> {
  const path = (patientId: string) => `/api/patients/${patientId}/timeline?limit=50`;
  const r = await alternate(
    config.rounds,
    {
      large: readAtRate(config, site, path(site.fixtures.timeline.large), site.fixtures.writerToken),
      small: readAtRate(config, site, path(site.fixtures.timeline.small), site.fixtures.writerToken),
    },
    () => untilIdle([site.pool]),
  );
  return figure(
    'timeline-10000-vs-100',
    'Timeline page 1, 10,000 vs 100 events, API p99',
    'ms',
    { value: p99s(r.large), baseline: p99s(r.small) },
    { max: 1.2 },
    { ...latencyDetails('large', r.large), ...latencyDetails('small', r.small) },
  );
}
