import { isAttended } from '../attendance.js';
import { addDays, type ClinicalDate, daysBetween } from '../clinical-date.js';
import type { MedicationEventInput } from '../medication.js';
import type { OutreachReason } from '../outreach/outreach-vocabulary.js';
import { MEASURE_CONSTANTS, type OutreachMeasureId } from './measure-catalog.js';
import { counted, excluded, type MeasureOutcome, type MeasurePeriod, type MeasureSession } from './measure-types.js';

/** An outreach task as the outreach measures read it. */
export interface MeasureOutreachTask {
  reason: OutreachReason;
  /** The clinic day it was opened: for a flag's task, the day the flag appeared. */
  openedOn: ClinicalDate;
  dueOn: ClinicalDate;
  /** Days of its attempts, in any order. */
  attemptDays: readonly ClinicalDate[];
}

/** What shows a patient came back to treatment after outreach. */
export interface MeasureReEngagementRecord {
  sessions: readonly MeasureSession[];
  medicationEvents: readonly Pick<MedicationEventInput, 'kind' | 'occurredOn'>[];
}

/** The task's first attempt that the record already knows (on or before today); null when none. */
export function firstAttemptOn(
  task: Pick<MeasureOutreachTask, 'attemptDays'>,
  asOf: ClinicalDate,
): ClinicalDate | null {
  const known = task.attemptDays.filter((day) => day <= asOf).sort();
  return known[0] ?? null;
}

/** Tasks opened for a caseload flag in the period; null when the task is one of them. */
function flagTaskExclusion(task: MeasureOutreachTask, period: MeasurePeriod): MeasureOutcome | null {
  if (task.reason === 'other') return excluded('not_a_flag');
  if (task.openedOn < period.from || task.openedOn > period.to) return excluded('not_opened_in_period');
  return null;
}

/**
 * Days from a flag to the first outreach attempt (a distribution; see distributionOf).
 * - Denominator: tasks opened in the period for a caseload flag (reason other than "other").
 * - Numerator: tasks with an attempt by today; value: days from the day opened to the first attempt
 *   (0 = the same day). A task without an attempt yet is censored: counted in the denominator, with
 *   value null, and left out of the median and 90th percentile.
 * - Index day: the day opened.
 */
export function daysToFirstAttemptMeasure(task: MeasureOutreachTask, period: MeasurePeriod): MeasureOutcome {
  const notCounted = flagTaskExclusion(task, period);
  if (notCounted) return notCounted;
  const first = firstAttemptOn(task, period.asOf);
  return first === null
    ? counted(false, null, task.openedOn)
    : counted(true, daysBetween(task.openedOn, first), task.openedOn);
}

/**
 * Share of flags reached by their due day.
 * - Denominator: tasks opened in the period for a caseload flag, once their due day has come (due
 *   on or before today), so a task still inside its time is neither a success nor a miss.
 * - Numerator: the first attempt is on or before the due day. Value: days from the due day to the
 *   first attempt (negative = before it, 0 = on it); null when there is no attempt.
 * - Index day: the day opened.
 */
export function attemptOnTimeMeasure(task: MeasureOutreachTask, period: MeasurePeriod): MeasureOutcome {
  const notCounted = flagTaskExclusion(task, period);
  if (notCounted) return notCounted;
  if (task.dueOn > period.asOf) return excluded('follow_up_not_over');
  const first = firstAttemptOn(task, period.asOf);
  if (first === null) return counted(false, null, task.openedOn);
  return counted(first <= task.dueOn, daysBetween(task.dueOn, first), task.openedOn);
}

/** An attended session, or naltrexone administered (dose, injection) or dispensed. */
function reEngagementDays(record: MeasureReEngagementRecord): ClinicalDate[] {
  return [
    ...record.sessions.filter((s) => isAttended(s.status)).map((s) => s.scheduledOn),
    ...record.medicationEvents
      .filter((e) => e.kind === 'administered' || e.kind === 'dispensed')
      .map((e) => e.occurredOn),
  ];
}

/**
 * Re-engagement within 14 days of a task's first attempt.
 * - Denominator: tasks of any reason whose first attempt is in the period, once the window has
 *   ended: the first attempt's day plus 14 is on or before today.
 * - Numerator: the patient attended a therapy session (attended or late, any type) or had a
 *   naltrexone medication event administered (a dose or injection given) or dispensed, on a day from
 *   the first attempt's day through 14 days after it (both inclusive).
 * - Value: days from the first attempt to the first such event; null when none. Index day: the
 *   first attempt's day.
 */
export function reEngagementMeasure(
  task: MeasureOutreachTask,
  record: MeasureReEngagementRecord,
  period: MeasurePeriod,
): MeasureOutcome {
  const first = firstAttemptOn(task, period.asOf);
  if (first === null || first < period.from || first > period.to) return excluded('no_attempt_in_period');
  const until = addDays(first, MEASURE_CONSTANTS.outreachReEngagementDays);
  if (until > period.asOf) return excluded('follow_up_not_over');
  const [backOn] = reEngagementDays(record)
    .filter((day) => day >= first && day <= until)
    .sort();
  return backOn === undefined ? counted(false, null, first) : counted(true, daysBetween(first, backOn), first);
}

/** One task's outcome on one outreach measure. */
export function evaluateOutreachMeasure(
  id: OutreachMeasureId,
  task: MeasureOutreachTask,
  record: MeasureReEngagementRecord,
  period: MeasurePeriod,
): MeasureOutcome {
  switch (id) {
    case 'outreach_days_to_attempt':
      return daysToFirstAttemptMeasure(task, period);
    case 'outreach_on_time':
      return attemptOnTimeMeasure(task, period);
    case 'outreach_re_engagement':
      return reEngagementMeasure(task, record, period);
  }
}
