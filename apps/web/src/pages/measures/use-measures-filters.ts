import { type ClinicalDate, daysBetween, isClinicalDate } from '@naltrack/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { MeasuresFilters } from '../../api/measures';

/** The API refuses longer periods (three years). */
export const MAX_PERIOD_DAYS = 3 * 366;

/** Twelve calendar months: from the first of the month eleven months back, to today. */
export function defaultPeriod(today: ClinicalDate): { from: ClinicalDate; to: ClinicalDate } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

export interface PeriodProblem {
  field: 'from' | 'to';
  message: string;
}

/** What the API would refuse, said before asking it. */
export function periodProblem(filters: MeasuresFilters, today: ClinicalDate): PeriodProblem | null {
  if (filters.to > today) return { field: 'to', message: 'The period cannot end after today.' };
  if (filters.from > filters.to) return { field: 'from', message: 'The period cannot start after it ends.' };
  if (daysBetween(filters.from, filters.to) >= MAX_PERIOD_DAYS) {
    return { field: 'from', message: 'The period can span at most three years.' };
  }
  return null;
}

/**
 * The period and care team, read from the URL query (no PHI, so a shared link is safe); a
 * missing or malformed date falls back to the last twelve months.
 */
export function useMeasuresFilters(today: ClinicalDate) {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<MeasuresFilters>(() => {
    const fallback = defaultPeriod(today);
    const date = (key: string) => {
      const value = params.get(key);
      return value && isClinicalDate(value) ? value : undefined;
    };
    return {
      from: date('from') ?? fallback.from,
      to: date('to') ?? fallback.to,
      careTeamId: params.get('careTeamId') || undefined,
    };
  }, [params, today]);

  const update = useCallback(
    (change: Partial<MeasuresFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of ['from', 'to', 'careTeamId'] as const) {
            if (!(key in change)) continue;
            const value = change[key];
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        // Filter tweaks replace the entry, so Back leaves the page instead of undoing each change.
        { replace: true },
      );
    },
    [setParams],
  );

  return { filters, update };
}

/** The date a date input holds, or undefined while it is empty or half typed. */
export function dateFromInput(value: string): ClinicalDate | undefined {
  return isClinicalDate(value) ? value : undefined;
}
