import fc from 'fast-check';
import { addDays, type ClinicalDate } from '../clinical-date.js';
import type { MedicationEventInput } from '../medication.js';
import { continuityMeasure } from './continuity-measure.js';
import type { MeasurePatient, MeasurePeriod } from './measure-types.js';

const START = '2024-01-01';
const day = (n: number): ClinicalDate => addDays(START, n);
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
/** Injections every `interval` days across the whole treatment period. */
const injectionsEvery = (interval: number) =>
  Array.from({ length: Math.ceil(200 / interval) }, (_, i) => injection(i * interval));

type PodPatient = Pick<MeasurePatient, 'birthDate' | 'diagnoses' | 'startDates' | 'medicationEvents'>;
const started = (medicationEvents: MedicationEventInput[], overrides: Partial<PodPatient> = {}): PodPatient => ({
  birthDate: '1980-06-15',
  diagnoses: ['OUD'],
  startDates: [START],
  medicationEvents,
  ...overrides,
});
const JANUARY: MeasurePeriod = { from: '2024-01-01', to: '2024-01-31', asOf: '2025-01-01' };

describe('continuityMeasure (HEDIS POD, 16 and older)', () => {
  it('counts 180 days of injections with no gap', () => {
    expect(continuityMeasure(started(injectionsEvery(28)), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 0,
      indexOn: START,
    });
  });

  it('counts an injection as 31 days, so injections 38 days apart leave a 7-day gap and 39 days an 8-day one', () => {
    expect(continuityMeasure(started(injectionsEvery(38)), JANUARY)).toMatchObject({ inNumerator: true, value: 7 });
    expect(continuityMeasure(started(injectionsEvery(39)), JANUARY)).toMatchObject({ inNumerator: false, value: 8 });
  });

  it('allows a gap of exactly 7 uncovered days but not 8', () => {
    // 30 days supplied (days 0-29), then the next fill on day 37: days 30-36 uncovered.
    expect(continuityMeasure(started([dispense(0, 30), dispense(37, 150)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 7,
    });
    expect(continuityMeasure(started([dispense(0, 30), dispense(38, 150)]), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 8,
    });
  });

  it('measures the 180 days from the first fill to day 180: running out 7 days early passes, 8 fails', () => {
    expect(continuityMeasure(started([dispense(0, 180)]), JANUARY)).toMatchObject({ inNumerator: true, value: 0 });
    expect(continuityMeasure(started([dispense(0, 173)]), JANUARY)).toMatchObject({ inNumerator: true, value: 7 });
    expect(continuityMeasure(started([dispense(0, 172)]), JANUARY)).toMatchObject({ inNumerator: false, value: 8 });
  });

  it('counts fills dispensed on the same day once, with the longest days supply (HEDIS POD)', () => {
    // Two 90-day fills on day 0 cover days 0-89 only: days 90-179 are a 90-day gap.
    expect(continuityMeasure(started([dispense(0, 90), dispense(0, 90)]), JANUARY)).toMatchObject({
      inNumerator: false,
      value: 90,
    });
    // The longer of the day's fills counts, whichever was recorded first.
    for (const events of [
      [dispense(0, 100), dispense(0, 60)],
      [dispense(0, 60), dispense(0, 100)],
    ]) {
      expect(continuityMeasure(started(events), JANUARY)).toMatchObject({ inNumerator: false, value: 80 });
    }
    // An injection (31 days) and a 30-day dispense on one day cover 31 days.
    expect(continuityMeasure(started([injection(0), dispense(0, 30), dispense(38, 150)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 7,
    });
    // A refill the next day is not the same day: it is carried forward, covering all 180 days.
    expect(continuityMeasure(started([dispense(0, 90), dispense(1, 90)]), JANUARY)).toMatchObject({
      inNumerator: true,
      value: 0,
    });
  });

  it('counts a patient once day 180 of treatment has come (179 days after the first fill)', () => {
    const patient = started([dispense(0, 180)]);
    expect(continuityMeasure(patient, { ...JANUARY, asOf: day(179) }).inDenominator).toBe(true);
    expect(continuityMeasure(patient, { ...JANUARY, asOf: day(178) })).toEqual({
      inDenominator: false,
      excludedBecause: 'follow_up_not_over',
    });
  });

  it('starts the treatment period at the first fill after the start (the IPSD)', () => {
    expect(continuityMeasure(started([dispense(4, 180)]), JANUARY)).toMatchObject({
      inNumerator: true,
      indexOn: day(4),
    });
  });

  it('ignores fills of an earlier course and ends the course at a re-induction', () => {
    const earlier = started([dispense(-40, 60), dispense(1, 180)]);
    expect(continuityMeasure(earlier, JANUARY)).toMatchObject({ indexOn: day(1), inNumerator: true });
    const reinducted = started([dispense(0, 90), dispense(100, 120)], { startDates: [START, day(100)] });
    expect(continuityMeasure(reinducted, JANUARY)).toMatchObject({ inNumerator: false, value: 90 });
  });

  it('counts only patients with OUD, 16 or older, who started in the period and had naltrexone', () => {
    const events = [dispense(0, 180)];
    expect(continuityMeasure(started(events, { diagnoses: ['AUD'] }), JANUARY)).toMatchObject({
      excludedBecause: 'no_oud_diagnosis',
    });
    expect(continuityMeasure(started(events, { birthDate: '2008-01-02' }), JANUARY)).toMatchObject({
      excludedBecause: 'under_age',
    });
    expect(continuityMeasure(started(events, { birthDate: '2008-01-01' }), JANUARY).inDenominator).toBe(true);
    expect(continuityMeasure(started(events, { startDates: ['2023-12-31'] }), JANUARY)).toMatchObject({
      excludedBecause: 'no_start_in_period',
    });
    expect(continuityMeasure(started([]), JANUARY)).toMatchObject({ excludedBecause: 'no_pharmacotherapy' });
    // The IPSD must fall in the period too (HEDIS's intake period).
    expect(continuityMeasure(started([dispense(31, 180)]), JANUARY)).toMatchObject({
      excludedBecause: 'no_pharmacotherapy',
    });
    expect(continuityMeasure(started([dispense(30, 180)]), JANUARY)).toMatchObject({ indexOn: '2024-01-31' });
  });

  const eventArb = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 60 })).map(([n, days]) => dispense(n, days)),
    fc.integer({ min: 0, max: 200 }).map(injection),
  );

  it('passes exactly when the longest gap is under 8 days, and an extra fill never breaks continuity', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 10 }), eventArb, (events, extra) => {
        const outcome = continuityMeasure(started(events), JANUARY);
        if (!outcome.inDenominator) return;
        expect(outcome.inNumerator).toBe((outcome.value ?? 0) < 8);
        // A fill on or after the first one keeps the IPSD; supply on hand only ever grows.
        if (extra.occurredOn < outcome.indexOn) return;
        const more = continuityMeasure(started([...events, extra]), JANUARY);
        expect(more.inDenominator && (more.value ?? 0) <= (outcome.value ?? 0)).toBe(true);
      }),
    );
  });
});
