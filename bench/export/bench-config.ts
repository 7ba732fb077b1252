import { clinicalDateOf } from '@naltrack/domain';

/** What `npm run bench:export` measures, and where. */
export interface BenchConfig {
  /** A PostgreSQL server's database, created when missing and reseeded when its size differs. */
  databaseUrl: string;
  patients: number;
  months: number;
  timeZone: string;
  seed: number;
}

/** 8,334 patients x 12 months = 100,008 patient-periods: the 100,000. */
export const BENCH_CONFIG: BenchConfig = {
  databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/naltrack_bench_export',
  patients: Number(process.env.BENCH_PATIENTS ?? 8_334),
  months: 12,
  timeZone: 'America/New_York',
  seed: 1,
};

/** The first day of the month `months` before the month of `date` (YYYY-MM-DD). */
function firstOfMonthBefore(date: string, months: number): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The exported period: this calendar month and the eleven before it, up to today. */
export function benchPeriod(config: BenchConfig): { from: string; to: string } {
  const today = clinicalDateOf(new Date(), config.timeZone);
  return { from: firstOfMonthBefore(today, config.months - 1), to: today };
}

/** The clinician the bench exports as: a member of every care team. */
export const BENCH_CLINICIAN_EMAIL = 'bench.export@example.test';
