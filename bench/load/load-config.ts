import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface LoadConfig {
  /** `full` is `npm run bench:load`, `ci` is `npm run test:load`. */
  profile: 'full' | 'ci';
  root: string;
  databaseUrl: string;
  patients: number;
  /** Actions started per second (open model: on schedule, whether earlier ones have answered or not). */
  rate: number;
  /** Seconds at the rate before measuring (counted for errors, left out of the figures). */
  warmUpSeconds: number;
  seconds: number;
  /** Length of one row of the latency table: a minute in the full run. */
  bucketSeconds: number;
  /** How often the app's RSS and the database's connections are read. */
  sampleSeconds: number;
  /** How often the app collects all garbage and reports the heap it keeps (each a pause of the app). */
  heapSeconds: number;
  port: number;
  timeZone: string;
  seed: number;
  resultsFile: string;
}

const PROFILES = {
  // Three minutes of warm-up: the app's heap grows to its working size over the first few (a
  // 60 s warm-up left 8 MB/min of that growth in the first five measured minutes, 1.1 in the rest).
  // 10 actions/s (about 14 calls/s with the polls): 20 held on this shared 2-core machine at load
  // average 4-7 but collapsed at 7-8, when the app got 40% of a core.
  full: {
    patients: 100_000,
    rate: 10,
    warmUpSeconds: 180,
    seconds: 600,
    bucketSeconds: 60,
    sampleSeconds: 5,
    heapSeconds: 30,
    port: 3600,
  },
  ci: {
    patients: 300,
    rate: 15,
    warmUpSeconds: 5,
    seconds: 30,
    bucketSeconds: 10,
    sampleSeconds: 1,
    heapSeconds: 5,
    port: 3601,
  },
} as const;

const USAGE = `usage: run-load.js [--ci] [--seconds N] [--rate N] [--patients N] [--warm-up N] [--bucket N]
  [--sample N] [--port N] [--seed N] [--results FILE]   (or LOAD_SECONDS, LOAD_RATE, LOAD_PATIENTS, ...;
  LOAD_DATABASE_URL names the server and database, default postgres://postgres@127.0.0.1:5432/naltrack_load_<size>)`;

function whole(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number >= ${min}, got "${raw}"\n${USAGE}`);
  return value;
}

/** The run's settings: the profile's defaults, then environment variables, then flags. */
export function loadConfig(argv: string[]): LoadConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      ci: { type: 'boolean' },
      seconds: { type: 'string' },
      rate: { type: 'string' },
      patients: { type: 'string' },
      'warm-up': { type: 'string' },
      bucket: { type: 'string' },
      sample: { type: 'string' },
      port: { type: 'string' },
      seed: { type: 'string' },
      results: { type: 'string' },
    },
  });
  const env = process.env;
  const profile = values.ci || env.LOAD_PROFILE === 'ci' ? 'ci' : 'full';
  const d = PROFILES[profile];
  // This file runs compiled, from bench/dist/load.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const setting = (flag: keyof typeof values, variable: string) => {
    const value = values[flag];
    return typeof value === 'string' ? value : env[variable];
  };
  const patients = whole('patients', setting('patients', 'LOAD_PATIENTS'), d.patients);
  const size = patients % 1000 === 0 ? `${patients / 1000}k` : String(patients);
  const port = whole('port', setting('port', 'LOAD_PORT'), d.port);
  if (port < 3600 || port > 3699)
    throw new Error(`port must be within 3600-3699 (this benchmark's range), got ${port}`);
  const results = setting('results', 'LOAD_RESULTS');
  return {
    profile,
    root,
    databaseUrl:
      env.LOAD_DATABASE_URL ??
      `postgres://postgres@127.0.0.1:5432/naltrack_load_${profile === 'ci' ? 'ci_' : ''}${size}`,
    patients,
    rate: whole('rate', setting('rate', 'LOAD_RATE'), d.rate),
    warmUpSeconds: whole('warm-up', setting('warm-up', 'LOAD_WARM_UP_SECONDS'), d.warmUpSeconds, 0),
    seconds: whole('seconds', setting('seconds', 'LOAD_SECONDS'), d.seconds),
    bucketSeconds: whole('bucket', setting('bucket', 'LOAD_BUCKET_SECONDS'), d.bucketSeconds),
    sampleSeconds: whole('sample', setting('sample', 'LOAD_SAMPLE_SECONDS'), d.sampleSeconds),
    heapSeconds: d.heapSeconds,
    port,
    timeZone: env.CLINIC_TIME_ZONE ?? 'America/New_York',
    seed: whole('seed', setting('seed', 'LOAD_SEED'), 1),
    resultsFile: path.resolve(
      root,
      results ?? (profile === 'ci' ? '.ci/out/load-ci-results.json' : 'bench/load-results.json'),
    ),
  };
}
