import type { ClinicalDate } from './clinical-date.js';

// Internal: rules that count runs of days work on whole-day integers (days since 1970-01-01),
// then convert back.
export { fromEpochDay as fromDayIndex, toEpochDay as toDayIndex } from './clinical-date.js';

export interface DayRun {
  start: number;
  end: number;
}

/** Maximal runs of consecutive integers in a set, in ascending order. */
export function consecutiveRuns(days: Iterable<number>): DayRun[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: DayRun[] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && day === last.end + 1) last.end = day;
    else runs.push({ start: day, end: day });
  }
  return runs;
}

/** The later of two dates (either may be null). */
export function laterOf(a: ClinicalDate | null, b: ClinicalDate | null): ClinicalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
