import type { ClinicalDate } from '@naltrack/domain';
import type { MeasureTrendPoint } from '../../api/measures';

const monthFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });
const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});

/** "Mar 2025" for "2025-03". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

export function formatDay(day: ClinicalDate): string {
  return dateFormat.format(new Date(`${day}T00:00:00Z`));
}

/** A rate as a whole percentage; a dash when nobody is counted. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export function formatPatients(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'patient' : 'patients'}`;
}

/** The trend in words, for screen readers and anyone who cannot read the chart. */
export function summarizeTrend(trend: readonly MeasureTrendPoint[]): string {
  const measured = trend.filter((point) => point.rate !== null);
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last || measured.length === 0) return 'No month of the period has patients counted.';
  const span = first === last ? formatMonth(first.month) : `${formatMonth(first.month)} to ${formatMonth(last.month)}`;
  const low = measured.reduce((a, b) => ((b.rate ?? 0) < (a.rate ?? 0) ? b : a));
  const high = measured.reduce((a, b) => ((b.rate ?? 0) > (a.rate ?? 0) ? b : a));
  const months = `${measured.length} of ${trend.length} ${trend.length === 1 ? 'month' : 'months'} with patients counted`;
  if (low === high) return `${span}: ${months}; ${formatRate(low.rate)} in ${formatMonth(low.month)}.`;
  return `${span}: ${months}; lowest ${formatRate(low.rate)} in ${formatMonth(low.month)}, highest ${formatRate(high.rate)} in ${formatMonth(high.month)}.`;
}
