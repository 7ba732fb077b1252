import { addDays, type ClinicalDate, daysBetween } from '@naltrack/domain';
import { onBusinessDay } from '../clinic-time.js';
import type { CourseBuilder } from '../course-builder.js';

/** How far ahead the clinic has sessions booked for patients still in treatment. */
export const BOOKED_AHEAD_DAYS = 14;

export function bookedAhead(b: CourseBuilder): ClinicalDate {
  return addDays(b.today, BOOKED_AHEAD_DAYS);
}

/** Intake a few days to three weeks before the start, never more than a year ago. */
export function enrolBefore(b: CourseBuilder, startedOn: ClinicalDate): ClinicalDate {
  const enrolled = onBusinessDay(addDays(startedOn, -b.random.int(3, 21)));
  const earliest = addDays(b.today, -364);
  return enrolled < earliest ? onBusinessDay(addDays(earliest, 1)) : enrolled;
}

/** The first routine screen day (every 7 days from `first`) on or after `day`. */
export function screenDayOnOrAfter(first: ClinicalDate, day: ClinicalDate): ClinicalDate {
  return addDays(first, 7 * Math.ceil(daysBetween(first, day) / 7));
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export interface CravingTrend {
  /** Highest total it may show; steady patients stay below the "craving high" threshold. */
  cap?: number;
  /** Where cravings settle after about three months of treatment. */
  floor?: number;
}

/** PACS totals that are raised at intake and ease over the first three months of treatment. */
export function easingCravings(
  b: CourseBuilder,
  startedOn: ClinicalDate | null,
  trend: CravingTrend = {},
): (day: ClinicalDate) => number {
  const intake = b.random.int(8, 16);
  const floor = trend.floor ?? b.random.int(2, 7);
  const cap = trend.cap ?? 30;
  return (day) => {
    const since = startedOn === null ? -1 : daysBetween(startedOn, day);
    const base = since < 0 ? intake : intake - (intake - floor) * Math.min(1, since / 90);
    return clamp(Math.round(base) + b.random.int(-2, 2), 0, cap);
  };
}

/** Below the "craving high" threshold, whatever the trend. */
export function lowCravingCap(b: CourseBuilder): number {
  return b.settings.cravingHighPacs - 1;
}

/** A "craving high" PACS total: at or above the threshold. */
export function highCraving(b: CourseBuilder): number {
  return clamp(b.settings.cravingHighPacs + b.random.int(0, 9), 0, 30);
}
