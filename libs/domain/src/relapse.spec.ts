import fc from 'fast-check';
import { addDays, type ClinicalDate } from './clinical-date.js';
import { type ClinicalSettings, resolveSettings } from './clinical-settings.js';
import {
  isEarlyRelapse,
  type RecordedRelapse,
  type RelapseEpisode,
  type RelapseObservation,
  relapseDetectionLagDays,
  relapseEpisodes,
} from './relapse.js';
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

/** The X:BOT rules alone: no screening schedule, so a missing screen counts as nothing. */
const NO_SCHEDULE = resolveSettings({ screeningExpectedWeeks: 0 });

interface Options {
  start?: ClinicalDate | null;
  today?: ClinicalDate;
  settings?: ClinicalSettings;
  recorded?: RecordedRelapse[];
}
const oud = (observations: RelapseObservation[], options: Options = {}) =>
  relapseEpisodes({
    diagnoses: ['OUD'],
    sex: 'male',
    naltrexoneStartedOn: options.start === undefined ? START : options.start,
    observations,
    recorded: options.recorded,
    today: options.today ?? day(400),
    settings: options.settings ?? NO_SCHEDULE,
  });
const aud = (sex: Sex, observations: RelapseObservation[], options: Options = {}) =>
  relapseEpisodes({
    diagnoses: ['AUD'],
    sex,
    naltrexoneStartedOn: START,
    observations,
    recorded: options.recorded,
    today: options.today ?? day(400),
    settings: options.settings,
  });
const episode = (fields: Partial<RelapseEpisode>): RelapseEpisode => ({
  substance: 'opioids',
  onsetOn: day(0),
  detectedOn: null,
  rule: null,
  lastUseOn: day(0),
  endedOn: null,
  early: true,
  recorded: false,
  ...fields,
});

describe('X:BOT relapse (OUD)', () => {
  it('finds 4 consecutive weeks with opioid use, ending 2 weeks after the last use', () => {
    const relapses = oud([positiveScreen(3), positiveScreen(10), reportedUse(16, 'fentanyl'), positiveScreen(24)]);
    expect(relapses).toEqual([
      episode({
        onsetOn: day(3),
        detectedOn: day(24),
        rule: 'xbot_4_weeks',
        lastUseOn: day(24),
        endedOn: day(38),
      }),
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
    expect(relapses[0]).toMatchObject({ detectedOn: day(22), lastUseOn: day(26) });
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

  it('counts every opioid but naltrexone: methadone, buprenorphine, oxycodone-type results too', () => {
    const methadone = [0, 7, 14, 21].map((n) => positiveScreen(n, 'methadone'));
    expect(oud(methadone)).toHaveLength(1);
    expect(oud([0, 7, 14, 21].map((n) => positiveScreen(n, 'buprenorphine')))).toHaveLength(1);
    expect(oud([0, 7, 14, 21].map((n) => positiveScreen(n, 'cocaine')))).toEqual([]);
    expect(oud([0, 1, 2, 3, 4, 5, 6].map((n) => reportedUse(n, 'methadone')))).toHaveLength(1);
  });

  it('finds 7 consecutive days of self-reported use', () => {
    const relapses = oud([40, 41, 42, 43, 44, 45, 46].map((n) => reportedUse(n)));
    expect(relapses).toEqual([
      episode({ onsetOn: day(40), detectedOn: day(46), rule: 'xbot_7_days', lastUseOn: day(46), endedOn: day(60) }),
    ]);
  });

  it('needs all 7 days self-reported, with use reported', () => {
    expect(oud([40, 41, 42, 43, 44, 45].map((n) => reportedUse(n)))).toEqual([]);
    expect(oud([...[40, 41, 42, 43, 44, 45].map((n) => reportedUse(n)), positiveScreen(46)])).toEqual([]);
    expect(oud([40, 41, 42, 43, 44, 45, 46].map((n) => reportedUse(n, 'opioids', n === 43 ? 0 : 1)))).toEqual([]);
    expect(oud([40, 41, 42, 43, 44, 45, 46].map((n) => reportedUse(n, 'cannabis')))).toEqual([]);
  });

  it('reports one episode when both rules fire on the same stretch of use', () => {
    const daily = Array.from({ length: 28 }, (_, n) => reportedUse(n));
    expect(oud(daily)).toEqual([
      episode({ onsetOn: day(0), detectedOn: day(6), rule: 'xbot_7_days', lastUseOn: day(27), endedOn: day(41) }),
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

  it('counts weeks from the first observation when there is no start', () => {
    const relapses = oud([positiveScreen(5), positiveScreen(12), positiveScreen(19), positiveScreen(26)], {
      start: null,
    });
    expect(relapses).toEqual([
      episode({
        onsetOn: day(5),
        detectedOn: day(26),
        rule: 'xbot_4_weeks',
        lastUseOn: day(26),
        endedOn: day(40),
        early: false,
      }),
    ]);
  });

  it('ignores records after today', () => {
    const screens = [0, 7, 14, 21].map((n) => positiveScreen(n));
    expect(oud(screens, { today: day(20) })).toEqual([]);
    expect(oud(screens, { today: day(21) })).toHaveLength(1);
  });
});

describe('relapse episodes: ongoing while use continues, ended by 2 weeks without use', () => {
  const fourWeeks = [0, 7, 14, 21].map((n) => positiveScreen(n));

  it('stays ongoing until 14 whole days without use have passed', () => {
    // Last use day 21: days 22-35 are the 14 days of non-use, complete on day 35.
    expect(oud(fourWeeks, { today: day(34) })[0]).toMatchObject({ lastUseOn: day(21), endedOn: null });
    expect(oud(fourWeeks, { today: day(35) })[0]).toMatchObject({ lastUseOn: day(21), endedOn: day(35) });
  });

  it('extends the episode by use within 2 weeks of the last use, however long ago it began', () => {
    // Use every 14 days for a year after the detection: each use is within the end window.
    const continuing = [...fourWeeks, ...Array.from({ length: 26 }, (_, i) => positiveScreen(35 + 14 * i))];
    const [relapse] = oud(continuing, { today: day(390) });
    expect(relapse).toMatchObject({ onsetOn: day(0), lastUseOn: day(385), endedOn: null });
  });

  it('ends it when the next use comes 15 days later, and a new episode needs 4 new weeks', () => {
    // Last use day 21, next day 37: 15 days without use (22-36), so the first episode ended on day 35.
    const relapses = oud([...fourWeeks, ...[37, 44, 51, 58].map((n) => positiveScreen(n))]);
    expect(relapses.map((r) => [r.onsetOn, r.lastUseOn, r.endedOn])).toEqual([
      [day(0), day(21), day(35)],
      [day(37), day(58), day(72)],
    ]);
    // One use 15 days after the end window opened is a lapse, not an episode.
    expect(oud([...fourWeeks, positiveScreen(37)]).map((r) => r.lastUseOn)).toEqual([day(21)]);
  });

  it('keeps one episode when use resumes 14 days after the last use', () => {
    // Day 35 is 14 days after day 21 (days 22-34 are 13 days without use).
    const relapses = oud([...fourWeeks, positiveScreen(35)], { today: day(48) });
    expect(relapses).toHaveLength(1);
    expect(relapses[0]).toMatchObject({ lastUseOn: day(35), endedOn: null });
  });
});

describe('X:BOT screening schedule: an expected screen that is missing counts as use', () => {
  const weekly = (weeks: number[]) => weeks.map((w) => negativeScreen(7 * w + 2));

  it('counts a week of the first 24 without a screen as a positive week', () => {
    // Weeks 0-23 screened except 2, 3, 4; week 1 positive: weeks 1-4 are four positive weeks.
    const screens = [...weekly([0, ...Array.from({ length: 19 }, (_, i) => i + 5)]), positiveScreen(9)];
    const relapses = oud(screens, { settings: resolveSettings({}) });
    expect(relapses).toEqual([
      episode({
        onsetOn: day(9),
        // Week 4 (days 28-34) is known to have had no screen once it has ended.
        detectedOn: day(34),
        rule: 'xbot_4_weeks',
        lastUseOn: day(34),
        endedOn: day(48),
      }),
    ]);
  });

  it('does not count the week in progress, nor weeks after the schedule', () => {
    const settings = resolveSettings({});
    // No screens at all: weeks 0-3 have ended by day 28, so the relapse is detected on day 27.
    expect(oud([], { today: day(27), settings })).toEqual([]);
    expect(oud([], { today: day(28), settings })).toEqual([
      episode({ onsetOn: day(0), detectedOn: day(27), rule: 'xbot_4_weeks', lastUseOn: day(27), endedOn: null }),
    ]);
    // After week 24 (day 168 on) a missing screen counts as nothing: the episode's last use is
    // week 23's last day, and it ends 14 days later.
    expect(oud([], { today: day(300), settings })[0]).toMatchObject({ lastUseOn: day(167), endedOn: day(181) });
  });

  it('presumes use for the whole unscreened week, so one negative week does not end an episode', () => {
    // Weeks 0-13 unscreened, use on day 99 (week 14), week 15 screened negative, weeks 16-19
    // unscreened: 12 clean days (100-111) before week 16 begins, so it is one episode, still going.
    const relapses = oud([positiveScreen(99), negativeScreen(105)], { today: day(140), settings: resolveSettings({}) });
    expect(relapses).toEqual([
      episode({ onsetOn: day(0), detectedOn: day(27), rule: 'xbot_4_weeks', lastUseOn: day(139), endedOn: null }),
    ]);
  });

  it('does not apply the schedule without a start, or to an AUD-only patient', () => {
    const settings = resolveSettings({});
    expect(oud([], { start: null, settings })).toEqual([]);
    expect(aud('male', [], { settings })).toEqual([]);
  });

  it('is a setting', () => {
    expect(oud([], { today: day(100), settings: resolveSettings({ screeningExpectedWeeks: 3 }) })).toEqual([]);
    expect(oud([], { today: day(100), settings: resolveSettings({ screeningExpectedWeeks: 4 }) })).toHaveLength(1);
  });
});

describe('recorded relapses', () => {
  it('is an episode from the recorded onset, extended by later use', () => {
    const recorded: RecordedRelapse[] = [{ substance: 'opioids', onsetOn: day(50), lastUseOn: day(53) }];
    const relapses = oud([positiveScreen(60)], { recorded, today: day(70) });
    expect(relapses).toEqual([episode({ onsetOn: day(50), lastUseOn: day(60), recorded: true, early: true })]);
  });

  it('absorbs the detection of the same episode and keeps the clinician onset', () => {
    const recorded: RecordedRelapse[] = [{ substance: 'opioids', onsetOn: day(2) }];
    const relapses = oud(
      [0, 7, 14, 21].map((n) => positiveScreen(n)),
      { recorded },
    );
    expect(relapses).toEqual([
      episode({
        onsetOn: day(2),
        detectedOn: day(21),
        rule: 'xbot_4_weeks',
        lastUseOn: day(21),
        endedOn: day(35),
        recorded: true,
      }),
    ]);
  });

  it('ignores one recorded before the course started', () => {
    expect(oud([], { recorded: [{ substance: 'opioids', onsetOn: day(-3) }] })).toEqual([]);
  });
});

describe('heavy drinking relapse (AUD)', () => {
  it('uses 5 drinks for men', () => {
    expect(aud('male', [drinks(100, 4)])).toEqual([]);
    expect(aud('male', [drinks(100, 5)])).toEqual([
      episode({
        substance: 'alcohol',
        onsetOn: day(100),
        detectedOn: day(100),
        rule: 'heavy_drinking_day',
        lastUseOn: day(100),
        endedOn: day(114),
        early: false,
      }),
    ]);
  });

  it('uses 4 drinks for women, and for other or unknown sex', () => {
    for (const sex of ['female', 'other', 'unknown'] as const) {
      expect(aud(sex, [drinks(100, 3)])).toEqual([]);
      expect(aud(sex, [drinks(100, 4)])).toHaveLength(1);
    }
  });

  it('is one episode while heavy days recur within 14 days, and a new one after 14 days without', () => {
    // Heavy on 100, 104 and 118 (14 days after 104): one episode. Then 133 (15 days after 118): a new one.
    const relapses = aud('female', [drinks(100, 6), drinks(103, 1), drinks(104, 4), drinks(118, 5), drinks(133, 4)]);
    expect(relapses.map((r) => [r.onsetOn, r.lastUseOn, r.endedOn])).toEqual([
      [day(100), day(118), day(132)],
      [day(133), day(133), day(147)],
    ]);
  });

  it('does not add up two reports for the same day', () => {
    expect(aud('male', [drinks(100, 3), drinks(100, 3)])).toEqual([]);
  });

  it('checks both substances for a patient with both diagnoses', () => {
    const diagnoses: Diagnosis[] = ['AUD', 'OUD'];
    const observations = [drinks(2, 5), ...[0, 7, 14, 21].map((n) => positiveScreen(n))];
    const relapses = relapseEpisodes({
      diagnoses,
      sex: 'male',
      naltrexoneStartedOn: START,
      observations,
      today: day(100),
      settings: NO_SCHEDULE,
    });
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

  it('marks episodes by their onset', () => {
    expect(aud('male', [drinks(77, 6)])[0]?.early).toBe(true);
    expect(aud('male', [drinks(91, 6)])[0]?.early).toBe(false);
  });

  it('waits X:BOT 4 weeks for detection', () => {
    expect(relapseDetectionLagDays()).toBe(28);
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

describe('relapseEpisodes properties', () => {
  const inputArb = fc.record({
    diagnoses: fc.subarray(['AUD', 'OUD'] as Diagnosis[]),
    sex: fc.constantFrom<Sex>('female', 'male', 'other', 'unknown'),
    naltrexoneStartedOn: fc.option(fc.integer({ min: -5, max: 30 }).map(day), { nil: null }),
    observations: fc.array(observationArb, { maxLength: 80 }),
    today: fc.integer({ min: 0, max: 200 }).map(day),
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
        expect(relapseEpisodes({ ...input, observations: reordered })).toEqual(relapseEpisodes(input));
      }),
    );
  });

  it('orders each episode: start <= onset <= detection and last use <= today, end after the last use', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const relapses = relapseEpisodes(input);
        for (const r of relapses) {
          expect(r.detectedOn).not.toBeNull();
          expect(r.onsetOn <= (r.detectedOn ?? '')).toBe(true);
          expect(r.onsetOn <= r.lastUseOn && r.lastUseOn <= input.today).toBe(true);
          if (r.endedOn !== null) expect(r.endedOn > r.lastUseOn && r.endedOn <= input.today).toBe(true);
          if (input.naltrexoneStartedOn) expect(r.onsetOn >= input.naltrexoneStartedOn).toBe(true);
        }
        // Episodes of one substance never overlap: each begins after the one before has ended.
        for (const substance of ['opioids', 'alcohol'] as const) {
          const own = relapses.filter((r) => r.substance === substance);
          for (let i = 1; i < own.length; i++) {
            const before = own[i - 1];
            expect(before?.endedOn).not.toBeNull();
            expect((own[i]?.onsetOn ?? '') >= (before?.endedOn ?? '')).toBe(true);
          }
        }
      }),
    );
  });
});
