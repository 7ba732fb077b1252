import { addDays, type ClinicalDate } from '../clinical-date.js';
import { describeMeasureValue } from './measure-catalog.js';
import type { MeasurePeriod } from './measure-types.js';
import {
  attemptOnTimeMeasure,
  daysToFirstAttemptMeasure,
  evaluateOutreachMeasure,
  type MeasureOutreachTask,
  type MeasureReEngagementRecord,
  reEngagementMeasure,
} from './outreach-measures.js';

const JANUARY: MeasurePeriod = { from: '2025-01-01', to: '2025-01-31', asOf: '2025-03-31' };
const OPENED = '2025-01-10';
/** Day n after the task was opened (0 = the day opened). */
const day = (n: number): ClinicalDate => addDays(OPENED, n);
const task = (overrides: Partial<MeasureOutreachTask> = {}): MeasureOutreachTask => ({
  reason: 'missed_sessions',
  openedOn: OPENED,
  dueOn: day(2),
  attemptDays: [],
  ...overrides,
});
const NOTHING: MeasureReEngagementRecord = { sessions: [], medicationEvents: [] };
const attended = (on: ClinicalDate): MeasureReEngagementRecord => ({
  sessions: [{ scheduledOn: on, status: 'attended', type: 'individual' }],
  medicationEvents: [],
});

describe('daysToFirstAttemptMeasure', () => {
  it('counts the days from the day opened to the first attempt, whatever order attempts come in', () => {
    expect(daysToFirstAttemptMeasure(task({ attemptDays: [day(5), day(3)] }), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 3,
      indexOn: OPENED,
    });
    expect(daysToFirstAttemptMeasure(task({ attemptDays: [OPENED] }), JANUARY)).toMatchObject({ value: 0 });
  });

  it('counts a task without an attempt as censored: in the denominator, out of the numerator, no value', () => {
    expect(daysToFirstAttemptMeasure(task(), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: false,
      value: null,
      indexOn: OPENED,
    });
    // An attempt the record does not know yet (after today) is no attempt.
    const later = task({ attemptDays: [addDays(JANUARY.asOf, 1)] });
    expect(daysToFirstAttemptMeasure(later, JANUARY)).toMatchObject({ inNumerator: false, value: null });
  });

  it('counts tasks opened on the first and last day of the period, not the days either side', () => {
    const opened = (openedOn: ClinicalDate) => daysToFirstAttemptMeasure(task({ openedOn }), JANUARY);
    expect(opened('2025-01-01').inDenominator).toBe(true);
    expect(opened('2025-01-31').inDenominator).toBe(true);
    expect(opened('2024-12-31')).toEqual({ inDenominator: false, excludedBecause: 'not_opened_in_period' });
    expect(opened('2025-02-01')).toEqual({ inDenominator: false, excludedBecause: 'not_opened_in_period' });
  });

  it('leaves out tasks opened by hand for another reason than a flag', () => {
    expect(daysToFirstAttemptMeasure(task({ reason: 'other', attemptDays: [day(1)] }), JANUARY)).toEqual({
      inDenominator: false,
      excludedBecause: 'not_a_flag',
    });
  });
});

describe('attemptOnTimeMeasure', () => {
  it('reaches a flag with a first attempt on its due day, not the day after', () => {
    expect(attemptOnTimeMeasure(task({ attemptDays: [day(2)] }), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 0,
      indexOn: OPENED,
    });
    expect(attemptOnTimeMeasure(task({ attemptDays: [day(3)] }), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 1,
    });
    expect(attemptOnTimeMeasure(task({ attemptDays: [day(1), day(3)] }), JANUARY)).toMatchObject({
      inNumerator: true,
      value: -1,
    });
  });

  it('counts a task without an attempt as not reached', () => {
    expect(attemptOnTimeMeasure(task(), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: false,
      value: null,
      indexOn: OPENED,
    });
  });

  it('counts a task once its due day has come, not the day before', () => {
    expect(attemptOnTimeMeasure(task(), { ...JANUARY, asOf: day(2) }).inDenominator).toBe(true);
    expect(attemptOnTimeMeasure(task({ attemptDays: [day(1)] }), { ...JANUARY, asOf: day(1) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
  });

  it('counts only flags opened in the period', () => {
    expect(attemptOnTimeMeasure(task({ reason: 'other' }), JANUARY)).toMatchObject({ excludedBecause: 'not_a_flag' });
    expect(attemptOnTimeMeasure(task({ openedOn: '2025-02-01', dueOn: '2025-02-02' }), JANUARY)).toMatchObject({
      excludedBecause: 'not_opened_in_period',
    });
  });
});

describe('reEngagementMeasure', () => {
  const attempted = task({ attemptDays: [day(4), day(1)] });
  const first = day(1);

  it('re-engages with an attended session on the first attempt’s day or 14 days after it, not 15', () => {
    expect(reEngagementMeasure(attempted, attended(first), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 0,
      indexOn: first,
    });
    expect(reEngagementMeasure(attempted, attended(addDays(first, 14)), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 14,
    });
    expect(reEngagementMeasure(attempted, attended(addDays(first, 15)), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: false,
      value: null,
      indexOn: first,
    });
    // The day before the first attempt is before the outreach.
    expect(reEngagementMeasure(attempted, attended(addDays(first, -1)), JANUARY)).toMatchObject({
      inNumerator: false,
    });
  });

  it('counts a late arrival, not a no-show or cancelled session', () => {
    const session = (status: 'late' | 'no_show' | 'cancelled_by_patient') => ({
      sessions: [{ scheduledOn: addDays(first, 3), status, type: 'group' as const }],
      medicationEvents: [],
    });
    expect(reEngagementMeasure(attempted, session('late'), JANUARY)).toMatchObject({ inNumerator: true, value: 3 });
    expect(reEngagementMeasure(attempted, session('no_show'), JANUARY)).toMatchObject({ inNumerator: false });
    expect(reEngagementMeasure(attempted, session('cancelled_by_patient'), JANUARY)).toMatchObject({
      inNumerator: false,
    });
  });

  it('counts naltrexone administered or dispensed, not a dose taken at home, missed or refused', () => {
    const event = (kind: 'administered' | 'dispensed' | 'taken' | 'missed' | 'refused') => ({
      sessions: [],
      medicationEvents: [{ kind, occurredOn: addDays(first, 14) }],
    });
    expect(reEngagementMeasure(attempted, event('administered'), JANUARY)).toMatchObject({ inNumerator: true });
    expect(reEngagementMeasure(attempted, event('dispensed'), JANUARY)).toMatchObject({ inNumerator: true });
    for (const kind of ['taken', 'missed', 'refused'] as const) {
      expect(reEngagementMeasure(attempted, event(kind), JANUARY)).toMatchObject({ inNumerator: false });
    }
  });

  it('values the first event in the window', () => {
    const record: MeasureReEngagementRecord = {
      sessions: [{ scheduledOn: addDays(first, 9), status: 'attended', type: 'individual' }],
      medicationEvents: [{ kind: 'administered', occurredOn: addDays(first, 6) }],
    };
    expect(reEngagementMeasure(attempted, record, JANUARY)).toMatchObject({ inNumerator: true, value: 6 });
  });

  it('counts a task once the 14 days after its first attempt have passed, not a day earlier', () => {
    expect(reEngagementMeasure(attempted, NOTHING, { ...JANUARY, asOf: addDays(first, 14) }).inDenominator).toBe(true);
    expect(reEngagementMeasure(attempted, NOTHING, { ...JANUARY, asOf: addDays(first, 13) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
  });

  it('counts tasks of any reason by the day of their first attempt: the period’s first and last day, not beyond', () => {
    const firstOn = (attemptOn: ClinicalDate) =>
      reEngagementMeasure(
        task({ reason: 'other', openedOn: '2024-12-20', attemptDays: [attemptOn] }),
        NOTHING,
        JANUARY,
      );
    expect(firstOn('2025-01-01')).toMatchObject({ inDenominator: true, indexOn: '2025-01-01' });
    expect(firstOn('2025-01-31')).toMatchObject({ inDenominator: true, indexOn: '2025-01-31' });
    expect(firstOn('2024-12-31')).toEqual({ inDenominator: false, excludedBecause: 'no_attempt_in_period' });
    expect(firstOn('2025-02-01')).toEqual({ inDenominator: false, excludedBecause: 'no_attempt_in_period' });
    expect(reEngagementMeasure(task(), NOTHING, JANUARY)).toMatchObject({ excludedBecause: 'no_attempt_in_period' });
  });
});

describe('evaluateOutreachMeasure', () => {
  it('dispatches to each definition and describes its value', () => {
    const attempted = task({ attemptDays: [day(3)] });
    const record = attended(day(5));
    expect(evaluateOutreachMeasure('outreach_days_to_attempt', attempted, record, JANUARY)).toMatchObject({ value: 3 });
    expect(evaluateOutreachMeasure('outreach_on_time', attempted, record, JANUARY)).toMatchObject({ value: 1 });
    expect(evaluateOutreachMeasure('outreach_re_engagement', attempted, record, JANUARY)).toMatchObject({ value: 2 });
    expect(describeMeasureValue('outreach_days_to_attempt', 1)).toBe('First attempt after 1 day');
    expect(describeMeasureValue('outreach_days_to_attempt', null)).toBe('No attempt yet');
    expect(describeMeasureValue('outreach_on_time', -2)).toBe('First attempt 2 days before due');
    expect(describeMeasureValue('outreach_on_time', 0)).toBe('First attempt on the due day');
    expect(describeMeasureValue('outreach_on_time', 3)).toBe('First attempt 3 days late');
    expect(describeMeasureValue('outreach_re_engagement', 0)).toBe('Re-engaged on the day of the first attempt');
    expect(describeMeasureValue('outreach_re_engagement', null)).toBe('No session or naltrexone within 14 days');
  });
});
