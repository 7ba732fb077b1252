import fc from 'fast-check';
import { addDays, type ClinicalDate } from '../clinical-date.js';
import type { MedicationEventInput } from '../medication.js';
import type { MeasurePatient, MeasurePeriod } from './measure-types.js';
import { retentionMeasure } from './retention-measure.js';

const START = '2024-01-01';
/** Day 1 is the start. */
const day = (n: number): ClinicalDate => addDays(START, n - 1);
const dispense = (n: number, daysSupply: number): MedicationEventInput => ({
  kind: 'dispensed',
  formulation: 'oral',
  occurredOn: day(n),
  daysSupply,
});
const injection = (n: number): MedicationEventInput => ({
  kind: 'administered',
  formulation: 'xr_injection',
  occurredOn: day(n),
});
const started = (
  medicationEvents: MedicationEventInput[],
  startDates: ClinicalDate[] = [START],
): Pick<MeasurePatient, 'startDates' | 'medicationEvents'> => ({ startDates, medicationEvents });
const JANUARY: MeasurePeriod = { from: '2024-01-01', to: '2024-01-31', asOf: '2025-01-01' };

describe('retentionMeasure', () => {
  it('retains at 90 days a patient supplied through day 90, not one supplied through day 89', () => {
    const through90 = started([dispense(1, 30), dispense(31, 30), dispense(61, 30)]);
    expect(retentionMeasure(90, through90, JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 90,
      indexOn: START,
    });
    const through89 = started([dispense(1, 30), dispense(31, 30), dispense(61, 29)]);
    expect(retentionMeasure(90, through89, JANUARY)).toMatchObject({ inNumerator: false, value: 89 });
  });

  it('carries an early refill forward, as PDC does: it supplies from the day the earlier supply runs out', () => {
    // Refilled on day 20 with 10 days still on hand: the refill covers days 31-60, the next 61-90.
    const early = started([dispense(1, 30), dispense(20, 30), dispense(50, 30)]);
    expect(retentionMeasure(90, early, JANUARY)).toMatchObject({ inNumerator: true, value: 90 });
    const oneDayShort = started([dispense(1, 30), dispense(20, 30), dispense(50, 29)]);
    expect(retentionMeasure(90, oneDayShort, JANUARY)).toMatchObject({ inNumerator: false, value: 89 });
    // Past day 180: a 90-day refill on day 80 covers days 91-180.
    expect(retentionMeasure(180, started([dispense(1, 90), dispense(80, 90)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 180,
    });
    expect(retentionMeasure(180, started([dispense(1, 90), dispense(80, 89)]), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 179,
    });
    // An early injection is carried forward too: 28 + 28 + 28 + 6 days.
    const injections = started([injection(1), injection(20), injection(40), dispense(85, 6)]);
    expect(retentionMeasure(90, injections, JANUARY)).toMatchObject({ inNumerator: true, value: 90 });
  });

  it('counts a dose taken as its own day only, never shifting supply', () => {
    const taken: MedicationEventInput = { kind: 'taken', formulation: 'oral', occurredOn: day(90), observed: true };
    expect(retentionMeasure(90, started([dispense(1, 30), taken]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 90,
    });
    const onHand: MedicationEventInput = { ...taken, occurredOn: day(10) };
    expect(retentionMeasure(90, started([dispense(1, 89), onHand]), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 89,
    });
  });

  it('lets an injection supply 28 days', () => {
    expect(retentionMeasure(90, started([injection(1), injection(63)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 90,
    });
    expect(retentionMeasure(90, started([injection(1), injection(62)]), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 89,
    });
  });

  it('retains at 180 days a patient supplied through day 180, not day 179', () => {
    expect(retentionMeasure(180, started([dispense(1, 90), dispense(91, 90)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 180,
    });
    expect(retentionMeasure(180, started([dispense(1, 90), dispense(91, 89)]), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 179,
    });
  });

  it('counts a patient back on naltrexone after a gap in the same course', () => {
    expect(retentionMeasure(90, started([dispense(1, 30), dispense(100, 30)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 129,
    });
  });

  it('does not count a re-induction as retention of the course before it', () => {
    const patient = started([dispense(1, 30), dispense(96, 30)], [START, day(96)]);
    expect(retentionMeasure(90, patient, JANUARY)).toMatchObject({ inNumerator: false, value: 30 });
  });

  it('stops carried-forward supply the day before a re-induction', () => {
    const patient = started([dispense(1, 60), dispense(30, 60)], [START, day(100)]);
    expect(retentionMeasure(90, patient, JANUARY)).toMatchObject({ inNumerator: true, value: 99 });
    const soon = started([dispense(1, 60), dispense(30, 60)], [START, day(90)]);
    expect(retentionMeasure(90, soon, JANUARY)).toMatchObject({ inNumerator: false, value: 89 });
  });

  it('counts a patient once day 90 (or 180) has come', () => {
    const patient = started([dispense(1, 30)]);
    expect(retentionMeasure(90, patient, { ...JANUARY, asOf: day(90) }).inDenominator).toBe(true);
    expect(retentionMeasure(90, patient, { ...JANUARY, asOf: day(89) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
    expect(retentionMeasure(180, patient, { ...JANUARY, asOf: day(180) }).inDenominator).toBe(true);
    expect(retentionMeasure(180, patient, { ...JANUARY, asOf: day(179) }).inDenominator).toBe(false);
  });

  it('counts a start without naltrexone as not retained, and ignores missed and refused doses', () => {
    const missed: MedicationEventInput = { kind: 'missed', formulation: 'oral', occurredOn: day(120) };
    expect(retentionMeasure(90, started([missed]), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: false,
      value: null,
      indexOn: START,
    });
  });

  it('follows the first start in the period only', () => {
    expect(retentionMeasure(90, started([dispense(1, 90)], ['2023-12-31']), JANUARY)).toEqual({
      inDenominator: false,
      excludedBecause: 'no_start_in_period',
    });
    const twice = started([dispense(1, 90)], ['2024-01-20', START]);
    expect(retentionMeasure(90, twice, JANUARY)).toMatchObject({ indexOn: START, value: 19 });
  });

  const eventArb = fc.oneof(
    fc.tuple(fc.integer({ min: -20, max: 250 }), fc.integer({ min: 1, max: 90 })).map(([n, days]) => dispense(n, days)),
    fc.integer({ min: -20, max: 250 }).map(injection),
  );

  it('leaves out a course a completed switch ended before day 90 (a planned end), not one switched on day 90 or later', () => {
    const injected = started([injection(1), injection(29)]);
    expect(retentionMeasure(90, { ...injected, plannedEnds: [day(50)] }, JANUARY)).toEqual({
      inDenominator: false,
      excludedBecause: 'planned_end',
    });
    expect(retentionMeasure(90, { ...injected, plannedEnds: [day(89)] }, JANUARY)).toMatchObject({
      inDenominator: false,
    });
    expect(retentionMeasure(90, { ...injected, plannedEnds: [day(90)] }, JANUARY)).toMatchObject({
      inDenominator: true,
      inNumerator: false,
      value: 56,
    });
    // Switched on day 120: a planned end for retention at 180, a drop-out measured at 90.
    expect(retentionMeasure(180, { ...injected, plannedEnds: [day(120)] }, JANUARY)).toMatchObject({
      excludedBecause: 'planned_end',
    });
  });

  it('reads a switch before the start, or after a re-induction, as no planned end of this course', () => {
    const course = started([dispense(1, 30)], [START, day(40)]);
    expect(retentionMeasure(90, { ...course, plannedEnds: [addDays(START, -5)] }, JANUARY)).toMatchObject({
      inDenominator: true,
    });
    expect(retentionMeasure(90, { ...course, plannedEnds: [day(45)] }, JANUARY)).toMatchObject({
      inDenominator: true,
    });
  });

  it('never retains at 180 days a patient it does not retain at 90', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 10 }), (events) => {
        const at90 = retentionMeasure(90, started(events), JANUARY);
        const at180 = retentionMeasure(180, started(events), JANUARY);
        expect(at90.inDenominator && at180.inDenominator).toBe(true);
        if (at180.inDenominator && at180.inNumerator) expect(at90).toMatchObject({ inNumerator: true });
      }),
    );
  });
});
