import fc from 'fast-check';
import { addDays, type ClinicalDate } from '../clinical-date.js';
import { computeAdherence } from '../coverage.js';
import type { MedicationEventInput } from '../medication.js';
import type { MeasurePeriod } from './measure-types.js';
import { pdcMeasure, pdcMeasureAtEnds } from './pdc-measure.js';

const dispense = (occurredOn: ClinicalDate, daysSupply: number): MedicationEventInput => ({
  kind: 'dispensed',
  formulation: 'oral',
  occurredOn,
  daysSupply,
});
const injection = (occurredOn: ClinicalDate): MedicationEventInput => ({
  kind: 'administered',
  formulation: 'xr_injection',
  occurredOn,
});
const taken = (occurredOn: ClinicalDate): MedicationEventInput => ({ kind: 'taken', formulation: 'oral', occurredOn });

/** January 2024, 30 days, measured long after. */
const JANUARY: MeasurePeriod = { from: '2024-01-01', to: '2024-01-30', asOf: '2024-12-31' };
const adult = (medicationEvents: MedicationEventInput[]) => ({ birthDate: '1980-06-15', medicationEvents });

describe('pdcMeasure (PQA)', () => {
  it('counts 24 of 30 days covered (80%) as adherent, 23 of 30 as not', () => {
    expect(pdcMeasure(adult([dispense('2024-01-01', 15), dispense('2024-01-16', 9)]), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 0.8,
      indexOn: '2024-01-01',
    });
    const short = pdcMeasure(adult([dispense('2024-01-01', 15), dispense('2024-01-16', 8)]), JANUARY);
    expect(short).toMatchObject({ inDenominator: true, inNumerator: false });
    expect(short.inDenominator && short.value).toBeCloseTo(23 / 30);
  });

  it('needs fills on two different days in the period', () => {
    expect(pdcMeasure(adult([dispense('2024-01-01', 30)]), JANUARY)).toEqual({
      inDenominator: false,
      excludedBecause: 'too_few_fills',
    });
    expect(pdcMeasure(adult([dispense('2024-01-01', 15), dispense('2024-01-01', 15)]), JANUARY)).toMatchObject({
      excludedBecause: 'too_few_fills',
    });
    expect(pdcMeasure(adult([dispense('2023-12-20', 30), dispense('2024-01-10', 30)]), JANUARY)).toMatchObject({
      excludedBecause: 'too_few_fills',
    });
  });

  it('does not count a dose taken from supply on hand as a fill, but does one on an uncovered day', () => {
    expect(pdcMeasure(adult([dispense('2024-01-01', 30), taken('2024-01-05')]), JANUARY)).toMatchObject({
      inDenominator: false,
    });
    const withDose = pdcMeasure(adult([dispense('2024-01-01', 10), taken('2024-01-20')]), JANUARY);
    expect(withDose).toMatchObject({ inDenominator: true, inNumerator: false });
    expect(withDose.inDenominator && withDose.value).toBeCloseTo(11 / 30);
  });

  it('starts the treatment period at the first fill in the period', () => {
    expect(pdcMeasure(adult([dispense('2024-01-11', 10), dispense('2024-01-21', 10)]), JANUARY)).toEqual({
      inDenominator: true,
      inNumerator: true,
      value: 1,
      indexOn: '2024-01-11',
    });
  });

  it('ignores supply filled before the period (PQA counts fills in the period only)', () => {
    const events = [dispense('2023-12-20', 30), dispense('2024-01-10', 5), dispense('2024-01-20', 5)];
    const outcome = pdcMeasure(adult(events), JANUARY);
    expect(outcome).toMatchObject({ inNumerator: false, indexOn: '2024-01-10' });
    expect(outcome.inDenominator && outcome.value).toBeCloseTo(10 / 21);
  });

  it('shifts an early refill forward instead of double counting the overlap', () => {
    // Unshifted the two fills would cover 1-29 January; shifted, the second runs to 9 February.
    expect(pdcMeasure(adult([dispense('2024-01-01', 20), dispense('2024-01-10', 20)]), JANUARY)).toMatchObject({
      value: 1,
    });
  });

  it('lets an injection cover 28 days', () => {
    const period: MeasurePeriod = { from: '2024-01-01', to: '2024-02-29', asOf: '2024-12-31' };
    const outcome = pdcMeasure(adult([injection('2024-01-01'), injection('2024-02-05')]), period);
    // 1-28 January and 5-29 February: 53 of 60 days.
    expect(outcome).toMatchObject({ inNumerator: true });
    expect(outcome.inDenominator && outcome.value).toBeCloseTo(53 / 60);
  });

  it('counts patients 18 or older on the first day of the period', () => {
    const events = [dispense('2024-01-01', 15), dispense('2024-01-16', 15)];
    expect(pdcMeasure({ birthDate: '2006-01-01', medicationEvents: events }, JANUARY).inDenominator).toBe(true);
    expect(pdcMeasure({ birthDate: '2006-01-02', medicationEvents: events }, JANUARY)).toEqual({
      inDenominator: false,
      excludedBecause: 'under_age',
    });
  });

  it('ends the treatment period today when the period reaches past it', () => {
    const events = [dispense('2024-01-01', 10), dispense('2024-01-11', 10)];
    expect(pdcMeasure(adult(events), { ...JANUARY, asOf: '2024-01-20' })).toMatchObject({ value: 1 });
  });

  const eventArb: fc.Arbitrary<MedicationEventInput> = fc.oneof(
    fc
      .tuple(fc.integer({ min: -40, max: 60 }), fc.integer({ min: 1, max: 45 }))
      .map(([n, days]) => dispense(addDays('2024-01-01', n), days)),
    fc.integer({ min: -40, max: 60 }).map((n) => injection(addDays('2024-01-01', n))),
    fc.integer({ min: -40, max: 60 }).map((n) => taken(addDays('2024-01-01', n))),
  );

  const withShuffle = fc
    .array(eventArb, { maxLength: 12 })
    .chain((events) =>
      fc.tuple(
        fc.constant(events),
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
      ),
    );

  it('is adherent exactly when its PDC reaches 80%, whatever the order of the record', () => {
    fc.assert(
      fc.property(withShuffle, ([events, reordered]) => {
        const outcome = pdcMeasure(adult(events), JANUARY);
        expect(pdcMeasure(adult(reordered), JANUARY)).toEqual(outcome);
        if (!outcome.inDenominator) return;
        expect(outcome.value).not.toBeNull();
        expect(outcome.value ?? -1).toBeGreaterThanOrEqual(0);
        expect(outcome.value ?? 2).toBeLessThanOrEqual(1);
        expect(outcome.inNumerator).toBe((outcome.value ?? 0) >= 0.8);
      }),
    );
  });

  it('gives computeAdherence’s PDC over the treatment period', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (events) => {
        const outcome = pdcMeasure(adult(events), JANUARY);
        if (!outcome.inDenominator) return;
        const inPeriod = events.filter((e) => e.occurredOn >= JANUARY.from && e.occurredOn <= JANUARY.to);
        const adherence = computeAdherence({ events: inPeriod, from: JANUARY.from, to: JANUARY.to });
        expect([outcome.value, outcome.indexOn]).toEqual([adherence.pdc, adherence.periodStart]);
      }),
    );
  });

  it('answers for many period ends exactly as for each period on its own', () => {
    const period: MeasurePeriod = { from: '2024-01-01', to: '2024-03-31', asOf: '2024-03-20' };
    const ends = ['2024-01-05', '2024-01-31', '2024-02-29', '2024-03-31'];
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (events) => {
        expect(pdcMeasureAtEnds(adult(events), period, ends)).toEqual(
          ends.map((to) => pdcMeasure(adult(events), { ...period, to })),
        );
      }),
    );
  });
});
