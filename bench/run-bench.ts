// `npm run bench`: the API against the database itself, at 10,000 and 100,000 patients. Seeds the
// two databases once (COPY), starts the built app on each, and prints one line per figure: the
// median of the per-round ratios of two measurements taken in alternating rounds of the same run,
// their spread and the target. Writes them, rounds included, to bench/results.json, and exits with
// 1 when a target is missed. Not part of CI: it needs a quiet machine and minutes.
import os from 'node:os';
import path from 'node:path';
import { clinicalDateOf } from '@naltrack/domain';
import pg from 'pg';
import { benchConfig, FIGURE_GROUPS, type FigureGroup } from './scale/bench-config.js';
import { prepareFixtures } from './scale/bench-databases.js';
import { type Figure, reportLine, writeResults } from './scale/figures.js';
import { CONNECTIONS } from './scale/load.js';
import { startApi } from './scale/processes.js';
import { caseloadFigures, floorFigure, type Site, timelineFigure } from './scale/read-figures.js';
import { eventPostFigure, healthFigure, importFigure } from './scale/write-figures.js';
import { ensureSeeded } from './shared/seeded-database.js';

const config = benchConfig();
const startedAt = Date.now();
const elapsed = () => {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};
const partial = config.groups.length < FIGURE_GROUPS.length;
console.log(
  `Naltrack scale benchmark on ${os.cpus().length} cores: ${config.rounds} alternating rounds of ${config.seconds} s per side, ` +
    `${config.rates.read} reads/s and ${config.rates.write} writes/s${partial ? `; only ${config.groups.join(', ')}` : ''}\n`,
);

await ensureSeeded(config.root, config.databaseUrls.small, config.patients.small);
await ensureSeeded(config.root, config.databaseUrls.large, config.patients.large);

/** Waits while the app's refresher brings caseload rows computed on an earlier day forward. */
async function untilCurrent(site: Site): Promise<void> {
  const today = clinicalDateOf(new Date(), config.timeZone);
  for (let shown = false; ; shown = true) {
    const { rows } = await site.pool.query('SELECT COUNT(*)::int AS n FROM patient_summary WHERE as_of < $1', [today]);
    if (rows[0]?.n === 0) return;
    if (!shown) console.log(`${site.fixtures.name}: the app brings ${rows[0]?.n} caseload rows forward to ${today}…`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function site(url: string, patients: number): Promise<Site> {
  const fixtures = await prepareFixtures(config, url);
  // One reader and one writer token drive hundreds of requests a second: these figures measure
  // capacity, not the per-user limit (whose counting still runs on every request).
  const app = await startApi(config.root, url, config.timeZone, undefined, { RATE_LIMIT_PER_MINUTE: '1000000' });
  // As many connections as the app's pool has (DATABASE_POOL_SIZE's default) and autocannon opens,
  // kept open while idle as the app keeps its own.
  return {
    app,
    fixtures,
    patients,
    pool: new pg.Pool({ connectionString: url, max: CONNECTIONS, idleTimeoutMillis: 0 }),
  };
}

const sites: Site[] = [];
const figures: Figure[] = [];
try {
  const large = await site(config.databaseUrls.large, config.patients.large);
  sites.push(large);
  // Only the caseload compares the two databases.
  const small = config.groups.includes('caseload')
    ? await site(config.databaseUrls.small, config.patients.small)
    : null;
  if (small) sites.push(small);
  for (const s of sites) await untilCurrent(s);
  console.log(`Ready after ${elapsed()}; measuring.\n`);

  const show = (measured: Figure[]) => {
    for (const f of measured) console.log(reportLine(f));
    figures.push(...measured);
  };
  const measure: Record<FigureGroup, () => Promise<Figure[]>> = {
    caseload: () => (small ? caseloadFigures(config, large, small) : Promise.resolve([])),
    timeline: async () => [await timelineFigure(config, large)],
    floor: async () => [await floorFigure(config, large)],
    post: async () => [await eventPostFigure(config, large)],
    import: async () => [await importFigure(config, large)],
    health: async () => [await healthFigure(config, large.app)],
  };
  for (const group of config.groups) show(await measure[group]());
} finally {
  for (const s of sites) {
    await s.app.stop();
    await s.pool.end();
  }
}

// A run of some figures only must not replace the full run's results.
const resultsFile = partial ? path.join(os.tmpdir(), 'naltrack-bench-partial.json') : config.resultsFile;
writeResults(resultsFile, figures, {
  durationSeconds: Math.round((Date.now() - startedAt) / 1000),
  settings: {
    patients: config.patients,
    rates: config.rates,
    rounds: config.rounds,
    secondsPerRound: config.seconds,
    importRows: config.importRows,
    groups: config.groups,
  },
});
const missed = figures.filter((f) => f.met === false);
console.log(
  `\n${figures.length} figures, ${missed.length} ${missed.length === 1 ? 'target' : 'targets'} missed${missed.length ? ` (${missed.map((f) => f.id).join(', ')})` : ''}; ` +
    `written to ${path.relative(process.cwd(), resultsFile)}. Done in ${elapsed()}.`,
);
if (missed.length > 0) process.exitCode = 1;
