import { addDays } from '../clinical-date.js';
import { measurementBasedCareMeasure } from './measurement-based-care-measure.js';

// Enrolled 2024-01-01: day 30 is 2024-01-30, day 90 is 2024-03-30.
const enrolledOn = '2024-01-01';
const day = (n: number) => addDays(enrolledOn, n - 1);
const period = { from: '2024-03-01', to: '2024-03-31', asOf: '2024-06-30' };
const outcome = (instrumentDays: string[], p = period) =>
  measurementBasedCareMeasure({ enrolledOn, instrumentDays }, p);

describe('measurementBasedCareMeasure', () => {
  it('counts a PHQ-9 or BAM in the first 30 days and another by day 90, in the month of day 90', () => {
    expect(outcome([day(1), day(90)])).toEqual({ inDenominator: true, inNumerator: true, value: 90, indexOn: day(90) });
    expect(outcome([day(30), day(31)])).toMatchObject({ inNumerator: true, value: 31 });
  });

  it('needs the intake measure by day 30', () => {
    expect(outcome([day(31), day(60)])).toMatchObject({ inDenominator: true, inNumerator: false, value: 60 });
  });

  it('needs the repeat by day 90, on a later day than the intake', () => {
    expect(outcome([day(5), day(91)])).toMatchObject({ inNumerator: false, value: 5 });
    expect(outcome([day(5), day(5)])).toMatchObject({ inNumerator: false, value: 5 });
    expect(outcome([])).toMatchObject({ inDenominator: true, inNumerator: false, value: null });
  });

  it('ignores measures before enrolment', () => {
    expect(outcome([addDays(enrolledOn, -1), day(40)])).toMatchObject({ inNumerator: false, value: 40 });
  });

  it('counts patients whose day 90 falls in the period, both ends included, once it has come', () => {
    expect(outcome([], { ...period, from: day(90), to: day(90) })).toMatchObject({ inDenominator: true });
    expect(outcome([], { ...period, from: day(91) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_in_period',
    });
    expect(outcome([], { ...period, to: day(89) })).toMatchObject({ inDenominator: false });
    expect(outcome([], { ...period, asOf: day(89) })).toMatchObject({ inDenominator: false });
  });
});
