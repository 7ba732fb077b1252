import type { ClinicalDate } from '@naltrack/domain';
import type { MeasureResult, MeasureTrendPoint } from '../../api/measures';

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

/** "3 patients", "1 task": what the measure's denominator counts. */
export function formatCount(count: number, unit: MeasureResult['unit']): string {
  return `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;
}

/** A number of days; a dash when there is none. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return `${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'}`;
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

/** A distribution measure's trend in words: where the median was lowest and highest. */
export function summarizeDistributionTrend(trend: readonly MeasureTrendPoint[]): string {
  const measured = trend.filter((point) => typeof point.distribution?.median === 'number');
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last || measured.length === 0) return 'No month of the period has a task reached.';
  const span = first === last ? formatMonth(first.month) : `${formatMonth(first.month)} to ${formatMonth(last.month)}`;
  const median = (point: MeasureTrendPoint) => point.distribution?.median ?? 0;
  const low = measured.reduce((a, b) => (median(b) < median(a) ? b : a));
  const high = measured.reduce((a, b) => (median(b) > median(a) ? b : a));
  const months = `${measured.length} of ${trend.length} ${trend.length === 1 ? 'month' : 'months'} with tasks reached`;
  const at = (point: MeasureTrendPoint) =>
    `${formatDays(point.distribution?.median)} (90th percentile ${formatDays(point.distribution?.p90)}) in ${formatMonth(point.month)}`;
  if (low === high) return `${span}: ${months}; median ${at(low)}.`;
  return `${span}: ${months}; shortest median ${at(low)}, longest ${at(high)}.`;
}
