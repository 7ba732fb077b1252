// `npm run bench:cpu`: what each kind of request costs the machine, in CPU per request of the API's
// process and of PostgreSQL's (read from /proc: the server must run on this machine), at the
// 100,000-patient database, each kind twice, the kinds alternating. Where the bench's ratios say
// how much slower, this says where the work is. About two minutes once the database is seeded.
import { execFileSync } from 'node:child_process';
import { clinicalDateOf } from '@naltrack/domain';
import pg from 'pg';
import { benchConfig } from './scale/bench-config.js';
import { prepareFixtures } from './scale/bench-databases.js';
import { cpuPerRequest, httpRequests, sqlCalls } from './scale/cpu-per-request.js';
import { CONNECTIONS, type HttpLoad } from './scale/load.js';
import { startApi } from './scale/processes.js';
import type { Site } from './scale/read-figures.js';
import { eventPostLoad, rawEventTransaction } from './scale/write-figures.js';
import { ensureSeeded } from './shared/seeded-database.js';

const READS = 3_000;
const WRITES = 1_500;

const config = benchConfig();
const url = config.databaseUrls.large;
await ensureSeeded(config.root, url, config.patients.large);
const fixtures = await prepareFixtures(config, url);
const app = await startApi(config.root, url, config.timeZone, undefined, { RATE_LIMIT_PER_MINUTE: '1000000' });
// Idle connections are kept: a backend that exits takes the CPU it used with it.
const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS, idleTimeoutMillis: 0 });
const site: Site = { app, pool, fixtures, patients: config.patients.large };
const ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString());
const today = clinicalDateOf(new Date(), config.timeZone);

const read = (path: string, token?: string): HttpLoad => ({
  url: `${app.url}${path}`,
  headers: token ? { authorization: `Bearer ${token}` } : undefined,
});
const allKinds: [string, number, (requests: number) => Promise<void>][] = [
  ['GET /api/health', READS, (n) => httpRequests(read('/api/health'), n)],
  ['GET /api/auth/me', READS, (n) => httpRequests(read('/api/auth/me', fixtures.readerToken), n)],
  ['GET /api/caseload (page 1)', READS, (n) => httpRequests(read('/api/caseload', fixtures.readerToken), n)],
  ['GET /api/today', READS, (n) => httpRequests(read('/api/today', fixtures.readerToken), n)],
  ['POST a dose', WRITES, (n) => httpRequests(eventPostLoad(site, today), n)],
  ['the dose in raw SQL', WRITES, (n) => sqlCalls(pool, n, rawEventTransaction(site, today))],
];
// BENCH_CPU_ONLY=dose: only the kinds whose name holds it, to look at one closely.
const only = process.env.BENCH_CPU_ONLY;
const kinds = only ? allKinds.filter(([name]) => name.includes(only)) : allKinds;

console.log(`CPU per request on ${fixtures.name}, 10 connections as fast as they go\n`);
try {
  for (const [, requests, work] of kinds) await work(requests); // warm-up
  for (let round = 0; round < 2; round++) {
    for (const [name, requests, work] of kinds) {
      const m = await cpuPerRequest(name, app.pid, ticks, requests, work);
      const postgres = m.postgresMicros === null ? 'n/a' : `${m.postgresMicros} µs`;
      console.log(
        `${m.name.padEnd(28)} app ${String(m.appMicros).padStart(5)} µs   PostgreSQL ${postgres.padStart(8)}   ` +
          `client ${String(m.clientMicros).padStart(4)} µs`,
      );
    }
  }
} finally {
  // The doses stay until the next run's fixtures remove them, as after `npm run bench`.
  await app.stop();
  await pool.end();
}
