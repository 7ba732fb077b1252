import fc from 'fast-check';
import { addDays, type ClinicalDate } from './clinical-date.js';
import { type DetectedRelapse, detectRelapses, isEarlyRelapse, type RelapseObservation } from './relapse.js';
import type { Diagnosis, Sex } from './vocabulary.js';

const START = '2024-01-01';
const day = (n: number): ClinicalDate => addDays(START, n);
const positiveScreen = (n: number, substance = 'opioids'): RelapseObservation => ({
  observedOn: day(n),
  kind: 'uds',
  results: { [substance]: 'positive', cocaine: 'negative' },
});
const negativeScreen = (n: number): RelapseObservation => ({
  observedOn: day(n),
  kind: 'uds',
  results: { opioids: 'negative', fentanyl: 'negative' },
});
const reportedUse = (n: number, substance = 'opioids', value = 1): RelapseObservation => ({
  observedOn: day(n),
  kind: 'self_reported_use',
  substance,
  value,
});
const drinks = (n: number, value: number): RelapseObservation => ({ observedOn: day(n), kind: 'drinks', value });

const oud = (observations: RelapseObservation[], naltrexoneStartedOn: ClinicalDate | null = START) =>
  detectRelapses({ diagnoses: ['OUD'], sex: 'male', naltrexoneStartedOn, observations });
const aud = (sex: Sex, observations: RelapseObservation[]) =>
  detectRelapses({ diagnoses: ['AUD'], sex, naltrexoneStartedOn: START, observations });

describe('X:BOT relapse (OUD)', () => {
  it('finds 4 consecutive weeks with opioid use', () => {
    const relapses = oud([positiveScreen(3), positiveScreen(10), reportedUse(16, 'fentanyl'), positiveScreen(24)]);
    expect(relapses).toEqual<DetectedRelapse[]>([
      { onsetOn: day(3), detectedOn: day(24), substance: 'opioids', rule: 'xbot_4_weeks', early: true },
    ]);
  });

  it('dates detection by the first use in the fourth week', () => {
    const relapses = oud([
      positiveScreen(3),
      positiveScreen(10),
      positiveScreen(17),
      positiveScreen(22),
      positiveScreen(26),
    ]);
    expect(relapses[0]?.detectedOn).toBe(day(22));
  });

  it('finds nothing in 3 weeks of use', () => {
    expect(oud([positiveScreen(3), positiveScreen(10), positiveScreen(17), negativeScreen(24)])).toEqual([]);
  });

  it('treats a single positive screen as a lapse', () => {
    expect(oud([negativeScreen(0), positiveScreen(10), negativeScreen(17)])).toEqual([]);
  });

  it('needs the weeks to be consecutive', () => {
    expect(oud([positiveScreen(1), positiveScreen(8), positiveScreen(22), positiveScreen(29)])).toEqual([]);
  });

  it('does not count methadone or buprenorphine positives as opioid use', () => {
    const screens = [0, 7, 14, 21].map((n) => positiveScreen(n, 'methadone'));
    expect(oud([...screens, ...[1, 8, 15, 22].map((n) => positiveScreen(n, 'buprenorphine'))])).toEqual([]);
  });

  it('finds one relapse per episode and a new one only after a week without use', () => {
    const firstEpisode = [0, 7, 14, 21, 28, 35].map((n) => positiveScreen(n));
    // Week 6 (days 42-48) has no use; weeks 7-10 do.
    const secondEpisode = [49, 56, 63, 70].map((n) => positiveScreen(n));
    const relapses = oud([...firstEpisode, negativeScreen(43), ...secondEpisode]);
    expect(relapses.map((r) => [r.onsetOn, r.detectedOn])).toEqual([
      [day(0), day(21)],
      [day(49), day(70)],
    ]);
  });

  it('counts weeks from the first observation when there is no start', () => {
    const relapses = oud([positiveScreen(5), positiveScreen(12), positiveScreen(19), positiveScreen(26)], null);
    expect(relapses).toEqual([
      { onsetOn: day(5), detectedOn: day(26), substance: 'opioids', rule: 'xbot_4_weeks', early: false },
    ]);
  });

  it('finds 7 consecutive days of self-reported use', () => {
    const relapses = oud([40, 41, 42, 43, 44, 45, 46].map((n) => reportedUse(n)));
    expect(relapses).toEqual([
      { onsetOn: day(40), detectedOn: day(46), substance: 'opioids', rule: 'xbot_7_days', early: true },
    ]);
  });

  it('needs all 7 days self-reported, with use reported', () => {
    expect(oud([40, 41, 42, 43, 44, 45].map((n) => reportedUse(n)))).toEqual([]);
    expect(oud([...[40, 41, 42, 43, 44, 45].map((n) => reportedUse(n)), positiveScreen(46)])).toEqual([]);
    expect(oud([40, 41, 42, 43, 44, 45, 46].map((n) => reportedUse(n, 'opioids', n === 43 ? 0 : 1)))).toEqual([]);
    expect(oud([40, 41, 42, 43, 44, 45, 46].map((n) => reportedUse(n, 'cannabis')))).toEqual([]);
  });

  it('reports one relapse when both rules fire on the same stretch of use', () => {
    const daily = Array.from({ length: 28 }, (_, n) => reportedUse(n));
    expect(oud(daily)).toEqual([
      { onsetOn: day(0), detectedOn: day(6), substance: 'opioids', rule: 'xbot_7_days', early: true },
    ]);
  });

  it('ignores use before the naltrexone start', () => {
    const beforeStart = [-21, -14, -7].map((n) => positiveScreen(n));
    expect(oud([...beforeStart, positiveScreen(0)])).toEqual([]);
  });

  it('ignores opioid use for a patient treated only for AUD', () => {
    expect(
      aud(
        'male',
        [0, 7, 14, 21].map((n) => positiveScreen(n)),
      ),
    ).toEqual([]);
  });
});

describe('heavy drinking relapse (AUD)', () => {
  it('uses 5 drinks for men', () => {
    expect(aud('male', [drinks(100, 4)])).toEqual([]);
    expect(aud('male', [drinks(100, 5)])).toEqual([
      { onsetOn: day(100), detectedOn: day(100), substance: 'alcohol', rule: 'heavy_drinking_day', early: false },
    ]);
  });

  it('uses 4 drinks for women, and for other or unknown sex', () => {
    for (const sex of ['female', 'other', 'unknown'] as const) {
      expect(aud(sex, [drinks(100, 3)])).toEqual([]);
      expect(aud(sex, [drinks(100, 4)])).toHaveLength(1);
    }
  });

  it('collapses consecutive heavy days into one episode', () => {
    const relapses = aud('female', [drinks(100, 6), drinks(101, 5), drinks(102, 8), drinks(103, 1), drinks(104, 4)]);
    expect(relapses.map((r) => r.onsetOn)).toEqual([day(100), day(104)]);
  });

  it('does not add up two reports for the same day', () => {
    expect(aud('male', [drinks(100, 3), drinks(100, 3)])).toEqual([]);
  });

  it('checks both substances for a patient with both diagnoses', () => {
    const diagnoses: Diagnosis[] = ['AUD', 'OUD'];
    const observations = [drinks(2, 5), ...[0, 7, 14, 21].map((n) => positiveScreen(n))];
    const relapses = detectRelapses({ diagnoses, sex: 'male', naltrexoneStartedOn: START, observations });
    expect(relapses.map((r) => [r.substance, r.onsetOn])).toEqual([
      ['opioids', day(0)],
      ['alcohol', day(2)],
    ]);
  });
});

describe('early relapse', () => {
  it('is early at 11 weeks and not at 12 or 13 weeks', () => {
    expect(isEarlyRelapse(START, day(77))).toBe(true);
    expect(isEarlyRelapse(START, day(83))).toBe(true);
    expect(isEarlyRelapse(START, day(84))).toBe(false);
    expect(isEarlyRelapse(START, day(91))).toBe(false);
    expect(isEarlyRelapse(null, day(1))).toBe(false);
    expect(isEarlyRelapse(START, day(-1))).toBe(false);
  });

  it('marks detected relapses by their onset', () => {
    expect(aud('male', [drinks(77, 6)])[0]?.early).toBe(true);
    expect(aud('male', [drinks(91, 6)])[0]?.early).toBe(false);
  });
});

const observationArb: fc.Arbitrary<RelapseObservation> = fc.oneof(
  fc.record({
    observedOn: fc.integer({ min: -10, max: 120 }).map(day),
    kind: fc.constant('uds' as const),
    results: fc.dictionary(
      fc.constantFrom('opioids', 'fentanyl', 'methadone', 'cocaine'),
      fc.constantFrom('positive' as const, 'negative' as const),
    ),
  }),
  fc.record({
    observedOn: fc.integer({ min: -10, max: 120 }).map(day),
    kind: fc.constant('self_reported_use' as const),
    substance: fc.constantFrom('opioids', 'fentanyl', 'alcohol'),
    value: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    observedOn: fc.integer({ min: -10, max: 120 }).map(day),
    kind: fc.constant('drinks' as const),
    value: fc.integer({ min: 0, max: 8 }),
  }),
);

describe('detectRelapses properties', () => {
  const inputArb = fc.record({
    diagnoses: fc.subarray(['AUD', 'OUD'] as Diagnosis[]),
    sex: fc.constantFrom<Sex>('female', 'male', 'other', 'unknown'),
    naltrexoneStartedOn: fc.option(fc.integer({ min: -5, max: 30 }).map(day), { nil: null }),
    observations: fc.array(observationArb, { maxLength: 80 }),
  });

  it('does not depend on observation order', () => {
    const withShuffle = inputArb.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray(input.observations, {
          minLength: input.observations.length,
          maxLength: input.observations.length,
        }),
      ),
    );
    fc.assert(
      fc.property(withShuffle, ([input, reordered]) => {
        expect(detectRelapses({ ...input, observations: reordered })).toEqual(detectRelapses(input));
      }),
    );
  });

  it('dates every relapse on or after the start, with onset no later than detection', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const r of detectRelapses(input)) {
          expect(r.onsetOn <= r.detectedOn).toBe(true);
          if (input.naltrexoneStartedOn) expect(r.onsetOn >= input.naltrexoneStartedOn).toBe(true);
        }
      }),
    );
  });
});
