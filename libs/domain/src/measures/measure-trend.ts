import { addDays, type ClinicalDate } from '../clinical-date.js';
import type { MeasureId } from './measure-catalog.js';
import type { MeasureOutcome, MeasurePeriod } from './measure-types.js';

/** A calendar month, written YYYY-MM. */
export type MeasureMonth = string;

export interface MeasureTally {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when nobody is counted. */
  rate: number | null;
}

export interface MeasureTrendPoint extends MeasureTally {
  month: MeasureMonth;
}

/**
 * How a measure's monthly trend is drawn. A cohort measure counts each patient in the month of
 * their index day (start, intake), so the months add up to the whole period. PDC is measured over
 * a period, so its point for a month is the measure from the period's start to that month's end
 * (period to date); the last point is the headline rate. Outreach measures count each task in the
 * month of its index day (opened, or first attempt for re-engagement).
 */
export const MEASURE_TREND_KIND: Readonly<Record<MeasureId, 'cohort_month' | 'period_to_date'>> = Object.freeze({
  pdc_80: 'period_to_date',
  pod_180: 'cohort_month',
  retention_90: 'cohort_month',
  retention_180: 'cohort_month',
  early_relapse: 'cohort_month',
  iet_initiation: 'cohort_month',
  iet_engagement: 'cohort_month',
  measurement_based_care: 'cohort_month',
  outreach_days_to_attempt: 'cohort_month',
  outreach_on_time: 'cohort_month',
  outreach_re_engagement: 'cohort_month',
});

export function monthOf(day: ClinicalDate): MeasureMonth {
  return day.slice(0, 7);
}

function nextMonth(month: MeasureMonth): MeasureMonth {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/** Every month the period touches, in order. */
export function periodMonths(period: Pick<MeasurePeriod, 'from' | 'to'>): MeasureMonth[] {
  const months: MeasureMonth[] = [];
  for (let month = monthOf(period.from); month <= monthOf(period.to); month = nextMonth(month)) months.push(month);
  return months;
}

/** The last day of a month, or `to` when the period ends earlier. */
export function monthEndWithin(month: MeasureMonth, to: ClinicalDate): ClinicalDate {
  const lastDay = addDays(`${nextMonth(month)}-01`, -1);
  return lastDay < to ? lastDay : to;
}

export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function tally(outcomes: Iterable<MeasureOutcome>): MeasureTally {
  let numerator = 0;
  let denominator = 0;
  for (const outcome of outcomes) {
    if (!outcome.inDenominator) continue;
    denominator++;
    if (outcome.inNumerator) numerator++;
  }
  return { numerator, denominator, rate: rateOf(numerator, denominator) };
}

/** A cohort measure's trend: each counted patient in the month of their index day. */
export function cohortTrend(outcomes: Iterable<MeasureOutcome>, months: readonly MeasureMonth[]): MeasureTrendPoint[] {
  const byMonth = new Map<MeasureMonth, MeasureOutcome[]>(months.map((month) => [month, []]));
  for (const outcome of outcomes) {
    if (outcome.inDenominator) byMonth.get(monthOf(outcome.indexOn))?.push(outcome);
  }
  return months.map((month) => ({ month, ...tally(byMonth.get(month) ?? []) }));
}
