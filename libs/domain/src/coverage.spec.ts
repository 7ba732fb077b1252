import fc from 'fast-check';
import { addDays, type ClinicalDate } from './clinical-date.js';
import { DEFAULT_CLINICAL_SETTINGS as settings } from './clinical-settings.js';
import { computeAdherence, coveredDays, lastCoveredDay, pdcOver, supplyOf } from './coverage.js';
import type { MedicationEventInput } from './medication.js';
import { FORMULATIONS, MEDICATION_EVENT_KINDS } from './medication.js';

const dispensed = (occurredOn: ClinicalDate, daysSupply: number): MedicationEventInput => ({
  kind: 'dispensed',
  formulation: 'oral',
  occurredOn,
  daysSupply,
});
const injected = (occurredOn: ClinicalDate): MedicationEventInput => ({
  kind: 'administered',
  formulation: 'xr_injection',
  occurredOn,
});
const taken = (occurredOn: ClinicalDate, observed = true): MedicationEventInput => ({
  kind: 'taken',
  formulation: 'oral',
  occurredOn,
  observed,
});

describe('coverage', () => {
  it('shifts an overlapping fill forward to when the earlier supply runs out (PQA)', () => {
    const days = coveredDays([dispensed('2023-01-01', 30), dispensed('2023-01-20', 30)], settings);
    expect(days).toHaveLength(60);
    expect(days[0]).toBe('2023-01-01');
    expect(days).toContain('2023-01-30');
    expect(days).toContain('2023-01-31');
    expect(days[days.length - 1]).toBe('2023-03-01');
  });

  it('covers 28 days for an injection, or 31 when asked for HEDIS', () => {
    const days = coveredDays([injected('2024-01-01')], settings);
    expect(days).toHaveLength(28);
    expect(days[27]).toBe('2024-01-28');
    const hedis = coveredDays([injected('2024-01-01')], settings, { xrCoverageDays: 31 });
    expect(hedis[hedis.length - 1]).toBe('2024-01-31');
  });

  it('shifts an early injection forward like any fill', () => {
    const days = coveredDays([injected('2024-01-01'), injected('2024-01-20')], settings);
    expect(days).toHaveLength(56);
    expect(days[days.length - 1]).toBe('2024-02-25');
  });

  it('lets a dose taken cover its own day, observed or self-reported', () => {
    expect(coveredDays([taken('2024-03-01'), taken('2024-03-02', false)], settings)).toEqual([
      '2024-03-01',
      '2024-03-02',
    ]);
  });

  it('does not shift or extend supply for a dose taken from supply on hand', () => {
    const days = coveredDays([dispensed('2024-01-01', 10), taken('2024-01-05'), taken('2024-01-15')], settings);
    expect(days).toHaveLength(11);
    expect(days).toContain('2024-01-15');
    expect(days).not.toContain('2024-01-11');
  });

  it('gives no coverage for missed, refused, a dispensed XR kit or a dispense without supply', () => {
    const events: MedicationEventInput[] = [
      { kind: 'missed', formulation: 'oral', occurredOn: '2024-01-01' },
      { kind: 'refused', formulation: 'xr_injection', occurredOn: '2024-01-02' },
      { kind: 'dispensed', formulation: 'xr_injection', occurredOn: '2024-01-03', daysSupply: 28 },
      { kind: 'dispensed', formulation: 'oral', occurredOn: '2024-01-04', daysSupply: null },
      { kind: 'dispensed', formulation: 'oral', occurredOn: '2024-01-05', daysSupply: -3 },
    ];
    expect(coveredDays(events, settings)).toEqual([]);
  });

  it('lines up two fills of one day one after the other by default (PQA)', () => {
    const days = coveredDays([dispensed('2024-01-01', 30), dispensed('2024-01-01', 30)], settings);
    expect(days).toHaveLength(60);
    expect(days[days.length - 1]).toBe('2024-02-29');
  });

  it("keeps only the longest of one day's fills when asked (HEDIS POD), whatever their order", () => {
    const sameDay = [dispensed('2024-01-01', 30), dispensed('2024-01-01', 30)];
    expect(coveredDays(sameDay, settings, { sameDayFills: 'longest' })).toHaveLength(30);
    for (const events of [
      [dispensed('2024-01-01', 10), dispensed('2024-01-01', 45)],
      [dispensed('2024-01-01', 45), dispensed('2024-01-01', 10)],
    ]) {
      const days = coveredDays(events, settings, { sameDayFills: 'longest' });
      expect([days.length, days[days.length - 1]]).toEqual([45, '2024-02-14']);
    }
    // A fill on the next day is not the same day: it still shifts forward.
    const nextDay = [dispensed('2024-01-01', 30), dispensed('2024-01-02', 30)];
    expect(coveredDays(nextDay, settings, { sameDayFills: 'longest' })).toHaveLength(60);
  });

  it('caps a days supply above the maximum', () => {
    expect(supplyOf(dispensed('2024-01-01', 5000), settings).days).toBe(365);
  });
});

describe('computeAdherence', () => {
  it('starts the period at the first fill when it is after `from`', () => {
    const result = computeAdherence({
      events: [dispensed('2023-02-01', 30)],
      from: '2023-01-01',
      to: '2023-03-02',
      settings,
    });
    expect(result).toMatchObject({
      firstFillOn: '2023-02-01',
      periodStart: '2023-02-01',
      periodDays: 30,
      coveredDays: 30,
      pdc: 1,
      mpr: 1,
      gaps: [],
      continuousDays: 30,
    });
  });

  it('starts the period at `from` and carries earlier supply into it', () => {
    const result = computeAdherence({
      events: [dispensed('2023-01-01', 30)],
      from: '2023-01-21',
      to: '2023-02-19',
      settings,
    });
    expect(result.periodStart).toBe('2023-01-21');
    expect(result.firstFillOn).toBe('2023-01-01');
    expect(result.periodDays).toBe(30);
    expect(result.coveredDays).toBe(10);
    expect(result.pdc).toBeCloseTo(1 / 3);
    // The fill is before the period, so it supplies nothing to MPR.
    expect(result.mpr).toBe(0);
    expect(result.gaps).toEqual([{ from: '2023-01-31', to: '2023-02-19', days: 20 }]);
  });

  it('does not count 7 uncovered days as a gap', () => {
    const result = computeAdherence({
      events: [dispensed('2023-01-01', 10), dispensed('2023-01-18', 10)],
      from: '2023-01-01',
      to: '2023-01-27',
      settings,
    });
    expect(result.gaps).toEqual([]);
    expect(result.coveredDays).toBe(20);
    expect(result.continuousDays).toBe(27);
  });

  it('counts 8 uncovered days as a gap that breaks continuity', () => {
    const result = computeAdherence({
      events: [dispensed('2023-01-01', 10), dispensed('2023-01-19', 10)],
      from: '2023-01-01',
      to: '2023-01-28',
      settings,
    });
    expect(result.gaps).toEqual([{ from: '2023-01-11', to: '2023-01-18', days: 8 }]);
    expect(result.continuousDays).toBe(10);
  });

  it('includes a trailing gap up to the end of the period', () => {
    const result = computeAdherence({
      events: [injected('2024-01-01')],
      from: '2024-01-01',
      to: '2024-03-30',
      settings,
    });
    expect(result.periodDays).toBe(90);
    expect(result.coveredDays).toBe(28);
    expect(result.gaps).toEqual([{ from: '2024-01-29', to: '2024-03-30', days: 62 }]);
  });

  it('lets MPR exceed 1 with early refills while PDC stays at 1', () => {
    const result = computeAdherence({
      events: [dispensed('2024-01-01', 30), dispensed('2024-01-10', 30)],
      from: '2024-01-01',
      to: '2024-01-30',
      settings,
    });
    expect(result.pdc).toBe(1);
    expect(result.mpr).toBe(2);
  });

  it('counts a dose taken in MPR only when it covered a day no fill did', () => {
    const result = computeAdherence({
      events: [dispensed('2024-01-01', 5), taken('2024-01-03'), taken('2024-01-08'), taken('2024-01-08')],
      from: '2024-01-01',
      to: '2024-01-10',
      settings,
    });
    expect(result.coveredDays).toBe(6);
    expect(result.mpr).toBeCloseTo(0.6);
  });

  it('has no PDC before any fill, even with a fill after the period', () => {
    const result = computeAdherence({
      events: [dispensed('2024-02-01', 30)],
      from: '2024-01-01',
      to: '2024-01-31',
      settings,
    });
    expect(result).toEqual({
      pdc: null,
      mpr: null,
      coveredDays: 0,
      periodDays: 0,
      periodStart: null,
      gaps: [],
      continuousDays: 0,
      firstFillOn: null,
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => computeAdherence({ events: [], from: '2024-02-01', to: '2024-01-01' })).toThrow(RangeError);
  });

  it('computes PDC over the last N days', () => {
    const events = [dispensed('2024-01-01', 30), dispensed('2024-02-15', 30)];
    // 30-day window 2024-03-02..2024-03-31: covered 2024-03-02..2024-03-15.
    expect(pdcOver(events, 30, '2024-03-31', settings)).toBeCloseTo(14 / 30);
    expect(pdcOver(events, 30, '2023-12-31', settings)).toBeNull();
    expect(() => pdcOver(events, 0, '2024-03-31', settings)).toThrow(RangeError);
  });
});

const BASE = '2024-01-01';
const eventArb: fc.Arbitrary<MedicationEventInput> = fc.record({
  kind: fc.constantFrom(...MEDICATION_EVENT_KINDS),
  formulation: fc.constantFrom(...FORMULATIONS),
  occurredOn: fc.integer({ min: 0, max: 200 }).map((n) => addDays(BASE, n)),
  daysSupply: fc.option(fc.integer({ min: -5, max: 90 }), { nil: null }),
});
const eventsArb = fc.array(eventArb, { maxLength: 25 });
const periodArb = fc
  .tuple(fc.integer({ min: -20, max: 220 }), fc.integer({ min: 0, max: 150 }))
  .map(([start, length]) => ({ from: addDays(BASE, start), to: addDays(BASE, start + length) }));

describe('computeAdherence properties', () => {
  it('keeps PDC in [0, 1] and covered days within the period', () => {
    fc.assert(
      fc.property(eventsArb, periodArb, (events, period) => {
        const r = computeAdherence({ events, ...period, settings });
        if (r.pdc === null) return r.coveredDays === 0 && r.periodDays === 0;
        return (
          r.pdc >= 0 &&
          r.pdc <= 1 &&
          r.coveredDays <= r.periodDays &&
          r.continuousDays <= r.periodDays &&
          r.coveredDays + r.gaps.reduce((sum, g) => sum + g.days, 0) <= r.periodDays
        );
      }),
    );
  });

  it('does not depend on event order', () => {
    const shuffled = eventsArb.chain((events) =>
      fc.tuple(
        fc.constant(events),
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, periodArb, ([events, reordered], period) => {
        expect(computeAdherence({ events: reordered, ...period, settings })).toEqual(
          computeAdherence({ events, ...period, settings }),
        );
        expect(coveredDays(reordered, settings)).toEqual(coveredDays(events, settings));
      }),
    );
  });

  it('gives as the last covered day the last of every covered day', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        expect(lastCoveredDay(events, settings)).toBe(coveredDays(events, settings).at(-1) ?? null);
      }),
    );
    expect(lastCoveredDay([], settings)).toBeNull();
    expect(lastCoveredDay([dispensed('2023-01-01', 30), dispensed('2023-01-20', 30)], settings)).toBe('2023-03-01');
  });

  it('never puts a gap on a covered day or outside the period', () => {
    fc.assert(
      fc.property(eventsArb, periodArb, (events, period) => {
        const covered = new Set(coveredDays(events, settings));
        const r = computeAdherence({ events, ...period, settings });
        for (const gap of r.gaps) {
          expect(gap.days).toBeGreaterThanOrEqual(settings.gapMinDays);
          expect(r.periodStart !== null && gap.from >= r.periodStart && gap.to <= period.to).toBe(true);
          for (let i = 0; i < gap.days; i++) expect(covered.has(addDays(gap.from, i))).toBe(false);
          expect(addDays(gap.from, gap.days - 1)).toBe(gap.to);
        }
      }),
    );
  });
});
