import { addDays, type ClinicalDate } from '@naltrack/domain';

export interface ExportPeriod {
  from: ClinicalDate;
  /** Inclusive. */
  to: ClinicalDate;
}

function firstOfNextMonth(date: ClinicalDate): ClinicalDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The calendar months from `from` to `to`, the first and last clipped to the period. */
export function monthlyPeriods(from: ClinicalDate, to: ClinicalDate): ExportPeriod[] {
  const periods: ExportPeriod[] = [];
  for (let start = from; start <= to; start = firstOfNextMonth(start)) {
    const end = addDays(firstOfNextMonth(start), -1);
    periods.push({ from: start, to: earlierOf(end, to) });
  }
  return periods;
}

/** The earlier of two clinical dates. */
export function earlierOf(a: ClinicalDate, b: ClinicalDate): ClinicalDate {
  if (a <= b) return a;
  return b;
}
