import type { MeasureMonth, MeasureTrendPoint } from './measure-trend.js';
import { cohortTrend, monthOf } from './measure-trend.js';
import type { MeasureOutcome } from './measure-types.js';

/**
 * Nearest-rank percentile: of the n values sorted ascending, the one at rank ceil(p/100 × n)
 * (1-based), so it is always one of the values; null when there are none. The median is the 50th:
 * with an even count it is the lower of the two middle values, not their mean.
 */
export function nearestRankPercentile(values: readonly number[], percentile: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}

export interface MeasureDistribution {
  /** Nearest-rank 50th percentile of the numerator's values; null when the numerator is empty. */
  median: number | null;
  /** Nearest-rank 90th percentile of the numerator's values; null when the numerator is empty. */
  p90: number | null;
}

export type MeasureDistributionPoint = MeasureTrendPoint & MeasureDistribution;

/**
 * A distribution measure's median and 90th percentile: over the values of those in the numerator
 * (it happened, and took `value` days). Those counted but not in the numerator are censored (still
 * waiting): they stay in the denominator and out of the percentiles.
 */
export function distributionOf(outcomes: Iterable<MeasureOutcome>): MeasureDistribution {
  const values: number[] = [];
  for (const outcome of outcomes) {
    if (outcome.inDenominator && outcome.inNumerator && outcome.value !== null) values.push(outcome.value);
  }
  return { median: nearestRankPercentile(values, 50), p90: nearestRankPercentile(values, 90) };
}

/** A distribution measure's trend: each counted task in the month of its index day, with its percentiles. */
export function cohortDistributionTrend(
  outcomes: readonly MeasureOutcome[],
  months: readonly MeasureMonth[],
): MeasureDistributionPoint[] {
  return cohortTrend(outcomes, months).map((point) => ({
    ...point,
    ...distributionOf(outcomes.filter((o) => o.inDenominator && monthOf(o.indexOn) === point.month)),
  }));
}
