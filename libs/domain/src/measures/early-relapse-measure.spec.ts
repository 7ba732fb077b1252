import fc from 'fast-check';
import { addDays, type ClinicalDate } from '../clinical-date.js';
import type { RelapseObservation } from '../relapse.js';
import { earlyRelapseMeasure } from './early-relapse-measure.js';
import type { MeasurePatient, MeasurePeriod } from './measure-types.js';

const START = '2024-01-01';
/** Day 1 is the start. */
const day = (n: number): ClinicalDate => addDays(START, n - 1);
/** Seven days of self-reported opioid use from day n: an X:BOT relapse with onset on day n. */
const sevenDaysOfUse = (n: number): RelapseObservation[] =>
  Array.from({ length: 7 }, (_, i) => ({
    observedOn: day(n + i),
    kind: 'self_reported_use',
    substance: 'opioids',
    value: 1,
  }));
/** A negative urine screen in every week of the screening schedule (day 3 of each week). */
const WEEKLY_NEGATIVE_SCREENS: RelapseObservation[] = Array.from({ length: 30 }, (_, week) => ({
  observedOn: day(3 + 7 * week),
  kind: 'uds',
  results: { opioids: 'negative', fentanyl: 'negative' },
}));
const drinks = (n: number, value: number): RelapseObservation => ({ observedOn: day(n), kind: 'drinks', value });

type RelapsePatient = Pick<MeasurePatient, 'sex' | 'diagnoses' | 'startDates' | 'observations' | 'recordedRelapses'>;
const started = (overrides: Partial<RelapsePatient>): RelapsePatient => ({
  sex: 'female',
  diagnoses: ['OUD'],
  startDates: [START],
  recordedRelapses: [],
  ...overrides,
  observations: [...WEEKLY_NEGATIVE_SCREENS, ...(overrides.observations ?? [])],
});
const JANUARY: MeasurePeriod = { from: '2024-01-01', to: '2024-01-31', asOf: '2025-01-01' };

describe('earlyRelapseMeasure', () => {
  it('counts a relapse with onset on day 84 (12 weeks) as early, day 85 as not', () => {
    expect(earlyRelapseMeasure(started({ observations: sevenDaysOfUse(84) }), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 84,
      indexOn: START,
    });
    expect(earlyRelapseMeasure(started({ observations: sevenDaysOfUse(85) }), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 85,
    });
  });

  it('does not count a single use (a lapse)', () => {
    const lapse: RelapseObservation = { observedOn: day(10), kind: 'uds', results: { opioids: 'positive' } };
    expect(earlyRelapseMeasure(started({ observations: [lapse] }), JANUARY)).toMatchObject({
      inNumerator: false,
      value: null,
    });
  });

  it('counts a heavy drinking day for AUD by the patient’s threshold', () => {
    const aud = { diagnoses: ['AUD'] as const, sex: 'female' as const };
    expect(earlyRelapseMeasure(started({ ...aud, observations: [drinks(11, 4)] }), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 11,
    });
    expect(earlyRelapseMeasure(started({ ...aud, observations: [drinks(11, 3)] }), JANUARY)).toMatchObject({
      inNumerator: false,
    });
  });

  it('counts a relapse a clinician recorded', () => {
    expect(earlyRelapseMeasure(started({ recordedRelapses: [{ onsetOn: day(41) }] }), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 41,
    });
  });

  it('ignores use before the start and relapses of a later course', () => {
    const before = started({ observations: sevenDaysOfUse(-10) });
    expect(earlyRelapseMeasure(before, JANUARY)).toMatchObject({ inNumerator: false, value: null });
    const later = started({ startDates: [START, day(30)], recordedRelapses: [{ onsetOn: day(40) }] });
    expect(earlyRelapseMeasure(later, JANUARY)).toMatchObject({ inNumerator: false, value: null });
  });

  it('counts a patient once every relapse with onset by day 84 could have been detected (day 112)', () => {
    // X:BOT's longest detection window is 4 weeks: an onset on day 84 is known by day 112 at the latest.
    const patient = started({});
    expect(earlyRelapseMeasure(patient, { ...JANUARY, asOf: day(112) }).inDenominator).toBe(true);
    expect(earlyRelapseMeasure(patient, { ...JANUARY, asOf: day(111) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
    expect(earlyRelapseMeasure(started({ startDates: [] }), JANUARY)).toMatchObject({
      excludedBecause: 'no_start_in_period',
    });
  });

  it('counts the weeks of the screening schedule without a screen as use (X:BOT)', () => {
    // No screens at all in the first weeks of an OUD course: weeks 1-4 are positive, onset day 1.
    const unscreened: RelapsePatient = { ...started({}), observations: [] };
    expect(earlyRelapseMeasure(unscreened, JANUARY)).toMatchObject({ inNumerator: true, value: 1 });
  });

  it('gives the same answer on every later day once a patient is counted', () => {
    const lateOnset = started({ observations: sevenDaysOfUse(84) });
    const outcomes = [112, 120, 200, 400].map((n) => earlyRelapseMeasure(lateOnset, { ...JANUARY, asOf: day(n) }));
    for (const outcome of outcomes) expect(outcome).toEqual(outcomes[0]);
  });

  it('is early exactly when the first relapse is on day 84 or before', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30, max: 200 }), { maxLength: 4 }), (onsets) => {
        const outcome = earlyRelapseMeasure(
          started({ recordedRelapses: onsets.map((n) => ({ onsetOn: day(n) })) }),
          JANUARY,
        );
        expect(outcome.inDenominator).toBe(true);
        if (!outcome.inDenominator) return;
        const firstInCourse = onsets.filter((n) => n >= 1).sort((a, b) => a - b)[0] ?? null;
        expect(outcome.value).toBe(firstInCourse);
        expect(outcome.inNumerator).toBe(firstInCourse !== null && firstInCourse <= 84);
      }),
    );
  });
});
