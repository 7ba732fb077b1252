import { encodeCursor } from '@naltrack/api/dist/caseload/caseload-cursor.js';
import { caseloadStatement } from '@naltrack/api/dist/caseload/caseload-query.js';
import { resolveSort } from '@naltrack/api/dist/caseload/caseload-sort.js';
import { clinicalDateOf } from '@naltrack/domain';
import type pg from 'pg';
import type { BenchConfig } from './bench-config.js';
import type { BenchFixtures } from './bench-databases.js';
import { type Figure, figure, latencyDetails } from './figures.js';
import { alternate, httpAtRate, percentile, pooled, type Samples, sqlAtRate } from './load.js';
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

const p99 = (samples: Samples) => percentile(samples.latencies, 99);

/**
 * The caseload sorted by PDC: its first page and a page 100,000 rows deep (the last page of a
 * smaller caseload), through the API and as the raw SQL the endpoint runs, at one fixed rate, on
 * both databases, all in alternating rounds.
 */
export async function caseloadFigures(config: BenchConfig, large: Site, small: Site): Promise<Figure[]> {
  const depth = 100_000;
  const largeFirst = caseloadSides(config, large, null);
  const largeDeep = caseloadSides(config, large, await deepCursor(large, depth));
  const smallFirst = caseloadSides(config, small, null);
  const smallDeep = caseloadSides(config, small, await deepCursor(small, depth));
  const floor = (warmUp: boolean) =>
    httpAtRate(
      { url: `${large.app.url}/api/auth/me`, headers: { authorization: `Bearer ${large.fixtures.readerToken}` } },
      config.rates.read,
      warmUp ? 1 : config.seconds,
    );
  // The Today page of the same reader (a prescriber in every demo team), in the same rounds.
  const today = (warmUp: boolean) =>
    httpAtRate(
      { url: `${large.app.url}/api/today`, headers: { authorization: `Bearer ${large.fixtures.readerToken}` } },
      config.rates.read,
      warmUp ? 1 : config.seconds,
    );
  const rounds = await alternate(config.rounds, {
    floorApi: floor,
    todayApi: today,
    largeFirstApi: largeFirst.api,
    largeFirstSql: largeFirst.sql,
    largeDeepApi: largeDeep.api,
    largeDeepSql: largeDeep.sql,
    smallFirstApi: smallFirst.api,
    smallDeepApi: smallDeep.api,
  });
  const s = {
    floorApi: pooled(rounds.floorApi),
    todayApi: pooled(rounds.todayApi),
    largeFirstApi: pooled(rounds.largeFirstApi),
    largeFirstSql: pooled(rounds.largeFirstSql),
    largeDeepApi: pooled(rounds.largeDeepApi),
    largeDeepSql: pooled(rounds.largeDeepSql),
    smallFirstApi: pooled(rounds.smallFirstApi),
    smallDeepApi: pooled(rounds.smallDeepApi),
  };
  const L = large.patients.toLocaleString('en-US');
  const S = small.patients.toLocaleString('en-US');
  const deepRows = (Math.min(depth, large.patients) - PAGE).toLocaleString('en-US');
  return [
    figure(
      'caseload-first-api-vs-sql',
      `Caseload page 1 (${L} patients), API p99 vs its SQL p99`,
      'ms',
      p99(s.largeFirstApi),
      p99(s.largeFirstSql),
      { max: 1.5 },
      {
        ...latencyDetails('api', s.largeFirstApi),
        ...latencyDetails('sql', s.largeFirstSql),
      },
    ),
    figure(
      'caseload-deep-api-vs-sql',
      `Caseload page ${deepRows} rows deep (${L}), API p99 vs its SQL p99`,
      'ms',
      p99(s.largeDeepApi),
      p99(s.largeDeepSql),
      { max: 1.5 },
      {
        ...latencyDetails('api', s.largeDeepApi),
        ...latencyDetails('sql', s.largeDeepSql),
      },
    ),
    figure(
      'caseload-first-vs-floor',
      'Caseload page 1 API p99 vs GET /api/auth/me p99 (the cost of any signed-in, audited request)',
      'ms',
      p99(s.largeFirstApi),
      p99(s.floorApi),
      null,
      latencyDetails('floor', s.floorApi),
    ),
    figure(
      'today-vs-caseload-first',
      `GET /api/today (${L} patients) vs caseload page 1, API p99`,
      'ms',
      p99(s.todayApi),
      p99(s.largeFirstApi),
      null,
      latencyDetails('today', s.todayApi),
    ),
    figure(
      'caseload-deep-vs-first',
      `Caseload deep page vs page 1 (${L}), API p99`,
      'ms',
      p99(s.largeDeepApi),
      p99(s.largeFirstApi),
      { max: 1.2 },
    ),
    figure(
      'caseload-large-vs-small-first',
      `Caseload page 1, ${L} vs ${S} patients, API p99`,
      'ms',
      p99(s.largeFirstApi),
      p99(s.smallFirstApi),
      { max: 1.2 },
      {
        ...latencyDetails('small', s.smallFirstApi),
      },
    ),
    figure(
      'caseload-large-vs-small-deep',
      `Caseload last page, ${L} vs ${S} patients, API p99`,
      'ms',
      p99(s.largeDeepApi),
      p99(s.smallDeepApi),
      { max: 1.2 },
      {
        ...latencyDetails('small', s.smallDeepApi),
      },
    ),
  ];
}

/** A patient's timeline, first page, for a patient with 10,000 events and one with 100. */
export async function timelineFigure(config: BenchConfig, site: Site): Promise<Figure> {
  const headers = { authorization: `Bearer ${site.fixtures.writerToken}` };
  const side = (patientId: string) => (warmUp: boolean) =>
    httpAtRate(
      { url: `${site.app.url}/api/patients/${patientId}/timeline?limit=50`, headers },
      config.rates.read,
      warmUp ? 1 : config.seconds,
    );
  const rounds = await alternate(config.rounds, {
    large: side(site.fixtures.timeline.large),
    small: side(site.fixtures.timeline.small),
  });
  const large = pooled(rounds.large);
  const small = pooled(rounds.small);
  return figure(
    'timeline-10000-vs-100',
    'Timeline page 1, 10,000 vs 100 events, API p99',
    'ms',
    p99(large),
    p99(small),
    { max: 1.2 },
    {
      ...latencyDetails('large', large),
      ...latencyDetails('small', small),
    },
  );
}
