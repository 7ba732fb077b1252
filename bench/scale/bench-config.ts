import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench's comparisons, in the order they run; BENCH_ONLY picks some of them. */
export const FIGURE_GROUPS = ['caseload', 'timeline', 'floor', 'post', 'import', 'health'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

export interface BenchConfig {
  /** The repository root: the built app and seed CLI live below it. */
  root: string;
  /** Where the 10k and 100k databases live: BENCH_DATABASE_URL with _10k and _100k appended. */
  databaseUrls: { small: string; large: string };
  patients: { small: number; large: number };
  /** Fixed request rates (per second) for the latency figures, the same for the API and its SQL. */
  rates: { read: number; write: number };
  /** Alternating rounds per comparison (verdicts are their median) and seconds per side and round. */
  rounds: number;
  seconds: number;
  /** Rows in the bulk import figure, over this many patients. */
  importRows: number;
  importPatients: number;
  timeZone: string;
  resultsFile: string;
  groups: FigureGroup[];
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function groups(): FigureGroup[] {
  const raw = process.env.BENCH_ONLY;
  if (!raw) return [...FIGURE_GROUPS];
  const named = raw.split(',').map((name) => name.trim());
  const unknown = named.filter((name) => !(FIGURE_GROUPS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY names ${unknown.join(', ')}; choose from ${FIGURE_GROUPS.join(', ')}`);
  return named as FigureGroup[];
}

function withSuffix(url: string, suffix: string): string {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`BENCH_DATABASE_URL must name a plain database, got "${name}"`);
  parsed.pathname = `/${name}${suffix}`;
  return parsed.toString();
}

/** The run's settings, from the environment where given (see docs/performance.md). */
export function benchConfig(): BenchConfig {
  // This file runs compiled, from bench/dist/scale.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/naltrack_bench';
  const small = positive('BENCH_SMALL_PATIENTS', 10_000);
  const large = positive('BENCH_LARGE_PATIENTS', 100_000);
  const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  return {
    root,
    databaseUrls: { small: withSuffix(base, `_${label(small)}`), large: withSuffix(base, `_${label(large)}`) },
    patients: { small, large },
    rates: { read: positive('BENCH_READ_RATE', 100), write: positive('BENCH_WRITE_RATE', 40) },
    // Five rounds: a median that one or two disturbed rounds cannot move past the middle one.
    rounds: positive('BENCH_ROUNDS', 5),
    seconds: positive('BENCH_SECONDS', 5),
    importRows: positive('BENCH_IMPORT_ROWS', 20_000),
    importPatients: 200,
    timeZone: process.env.CLINIC_TIME_ZONE ?? 'America/New_York',
    resultsFile: path.join(root, 'bench/results.json'),
    groups: groups(),
  };
}
