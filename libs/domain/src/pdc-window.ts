import { addDays, type ClinicalDate, daysBetween } from './clinical-date.js';

/** The days a PDC is measured over, inclusive. */
export interface PdcWindow {
  from: ClinicalDate;
  to: ClinicalDate;
  days: number;
  /** The window starts at the current naltrexone start, which falls inside the last `windowDays`. */
  sinceStart: boolean;
}

/**
 * The caseload's PDC window: the last `windowDays` days up to today, starting at the current
 * naltrexone start when that is later, so that coverage (or its lack) before this course does not
 * dilute it. Null when the start is after today: no day to measure yet.
 */
export function caseloadPdcWindow(
  today: ClinicalDate,
  startedOn: ClinicalDate | null,
  windowDays: number,
): PdcWindow | null {
  const windowStart = addDays(today, -(windowDays - 1));
  const sinceStart = startedOn !== null && startedOn > windowStart;
  const from = sinceStart ? startedOn : windowStart;
  if (from > today) return null;
  return { from, to: today, days: daysBetween(from, today) + 1, sinceStart };
}
