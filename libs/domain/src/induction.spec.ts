import fc from 'fast-check';
import { addDays } from './clinical-date.js';
import {
  applicableInductionRules,
  CHALLENGE_RESULTS,
  checkInductionPrerequisites,
  type InductionInput,
  opioidFreeDaysBefore,
  PRIOR_AGONISTS,
} from './induction.js';
import { FORMULATIONS } from './medication.js';
import { DIAGNOSES } from './vocabulary.js';

const normalLft = { alt: 30, ast: 25, uln: 40, bilirubinNormal: true };

describe('checkInductionPrerequisites', () => {
  it('lists every failing prerequisite at once, in rule order', () => {
    const result = checkInductionPrerequisites({
      diagnoses: ['OUD'],
      formulation: 'oral',
      startedOn: '2024-03-10',
      lastOpioidUseOn: '2024-03-07',
      opioidScreen: 'positive',
      naloxoneChallenge: 'positive',
      lft: null,
    });
    expect(result.met).toBe(false);
    expect(result.failures.map((f) => f.rule)).toEqual([
      'opioid_free_days',
      'opioid_screen',
      'naloxone_challenge',
      'liver_function',
    ]);
    expect(result.failures[0]?.message).toBe('2 opioid-free days before the start (last use 2024-03-07); 7 needed.');
    expect(result.failures[3]?.message).toMatch(/Liver function tests .* required/);
  });

  it('counts whole days between the last use and the start day: 6 fail, 7 pass', () => {
    const base: InductionInput = { diagnoses: ['OUD'], formulation: 'xr_injection', startedOn: '2024-03-10' };
    // Last use on the 2nd, start on the 10th: the 3rd to the 9th are 7 whole opioid-free days.
    expect(checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-02' }).met).toBe(true);
    const six = checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-03' });
    expect(six.failures).toEqual([
      { rule: 'opioid_free_days', message: '6 opioid-free days before the start (last use 2024-03-03); 7 needed.' },
    ]);
    const five = checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-04' });
    expect(five.failures[0]?.message).toBe('5 opioid-free days before the start (last use 2024-03-04); 7 needed.');
  });

  it('needs 14 opioid-free days after methadone or buprenorphine: 13 fail, 14 pass', () => {
    const base: InductionInput = {
      diagnoses: ['OUD'],
      formulation: 'xr_injection',
      startedOn: '2024-03-20',
      priorAgonist: 'methadone',
    };
    const thirteen = checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-06' });
    expect(thirteen.failures).toEqual([
      {
        rule: 'opioid_free_days',
        message: '13 opioid-free days before the start (last use 2024-03-06); 14 needed after methadone.',
      },
    ]);
    expect(checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-05' }).met).toBe(true);
    const bup = checkInductionPrerequisites({ ...base, priorAgonist: 'buprenorphine', lastOpioidUseOn: '2024-03-06' });
    expect(bup.failures[0]?.message).toMatch(/14 needed after buprenorphine/);
  });

  it('counts use on the start day as no opioid-free days', () => {
    const result = checkInductionPrerequisites({
      diagnoses: ['OUD'],
      formulation: 'xr_injection',
      startedOn: '2024-03-10',
      lastOpioidUseOn: '2024-03-10',
    });
    expect(result.failures[0]?.message).toBe('0 opioid-free days before the start (last use 2024-03-10); 7 needed.');
  });

  it('fails OUD without a date of last opioid use', () => {
    const result = checkInductionPrerequisites({
      diagnoses: ['OUD'],
      formulation: 'xr_injection',
      startedOn: '2024-03-10',
    });
    expect(result.failures).toEqual([
      {
        rule: 'opioid_free_days',
        message: 'The date of last opioid use is required for opioid use disorder (7 opioid-free days needed).',
      },
    ]);
  });

  it('treats use after the start date as no opioid-free days', () => {
    const result = checkInductionPrerequisites({
      diagnoses: ['OUD'],
      formulation: 'xr_injection',
      startedOn: '2024-03-10',
      lastOpioidUseOn: '2024-03-12',
    });
    expect(result.failures[0]?.message).toMatch(/^0 opioid-free days/);
  });

  it('passes a screen or challenge that was not done or negative', () => {
    const result = checkInductionPrerequisites({
      diagnoses: ['OUD'],
      formulation: 'xr_injection',
      startedOn: '2024-03-10',
      lastOpioidUseOn: '2024-03-01',
      opioidScreen: 'not_done',
      naloxoneChallenge: 'negative',
    });
    expect(result).toEqual({ met: true, failures: [] });
  });

  it('needs ALT and AST at most 3x ULN and normal bilirubin for oral naltrexone', () => {
    const base: InductionInput = { diagnoses: ['AUD'], formulation: 'oral', startedOn: '2024-03-10' };
    expect(checkInductionPrerequisites({ ...base, lft: normalLft }).met).toBe(true);
    expect(checkInductionPrerequisites({ ...base, lft: { ...normalLft, alt: 120, ast: 120 } }).met).toBe(true);
    const high = checkInductionPrerequisites({
      ...base,
      lft: { alt: 121, ast: 130, uln: 40, bilirubinNormal: false },
    });
    expect(high.failures).toEqual([
      {
        rule: 'liver_function',
        message: 'ALT 121 is above 3x ULN (120); AST 130 is above 3x ULN (120); bilirubin is not normal.',
      },
    ]);
    const bilirubin = checkInductionPrerequisites({ ...base, lft: { ...normalLft, bilirubinNormal: false } });
    expect(bilirubin.failures[0]?.message).toBe('Bilirubin is not normal.');
    expect(checkInductionPrerequisites({ ...base, lft: { ...normalLft, uln: 0 } }).met).toBe(false);
  });

  it('checks OUD and liver rules together for a patient with both diagnoses', () => {
    const result = checkInductionPrerequisites({
      diagnoses: ['AUD', 'OUD'],
      formulation: 'oral',
      startedOn: '2024-03-10',
      lastOpioidUseOn: '2024-03-01',
      lft: { ...normalLft, ast: 200 },
    });
    expect(result.failures.map((f) => f.rule)).toEqual(['liver_function']);
  });
});

describe('checkInductionPrerequisites whatever the diagnosis', () => {
  const aud: InductionInput = { diagnoses: ['AUD'], formulation: 'xr_injection', startedOn: '2024-03-20' };

  it('accepts an AUD patient with no opioid history: no date, no agonist, nothing recorded', () => {
    expect(checkInductionPrerequisites(aud)).toEqual({ met: true, failures: [] });
    expect(checkInductionPrerequisites({ ...aud, recorded: { lastUse: null, lastPositiveScreen: null } }).met).toBe(
      true,
    );
  });

  it('refuses an AUD patient on methadone like an OUD patient: the date is required, then 14 days', () => {
    expect(checkInductionPrerequisites({ ...aud, priorAgonist: 'methadone' }).failures).toEqual([
      {
        rule: 'opioid_free_days',
        message: 'The date of last opioid use is required after methadone (14 opioid-free days needed).',
      },
    ]);
    const nine = checkInductionPrerequisites({ ...aud, priorAgonist: 'methadone', lastOpioidUseOn: '2024-03-10' });
    expect(nine.failures).toEqual([
      {
        rule: 'opioid_free_days',
        message: '9 opioid-free days before the start (last use 2024-03-10); 14 needed after methadone.',
      },
    ]);
    expect(
      checkInductionPrerequisites({ ...aud, priorAgonist: 'buprenorphine', lastOpioidUseOn: '2024-03-05' }).met,
    ).toBe(true);
  });

  it("counts an AUD patient's stated opioid use: 6 fail, 7 pass", () => {
    expect(checkInductionPrerequisites({ ...aud, lastOpioidUseOn: '2024-03-13' }).failures[0]?.message).toBe(
      '6 opioid-free days before the start (last use 2024-03-13); 7 needed.',
    );
    expect(checkInductionPrerequisites({ ...aud, lastOpioidUseOn: '2024-03-12' }).met).toBe(true);
  });

  it('refuses an AUD patient with a positive opioid screen or a positive naloxone challenge', () => {
    expect(checkInductionPrerequisites({ ...aud, opioidScreen: 'positive' }).failures).toEqual([
      {
        rule: 'opioid_screen',
        message: 'The opioid drug screen is positive; naltrexone would precipitate withdrawal.',
      },
    ]);
    expect(checkInductionPrerequisites({ ...aud, naloxoneChallenge: 'positive' }).failures).toEqual([
      {
        rule: 'naloxone_challenge',
        message: 'The naloxone challenge is positive (withdrawal signs); the patient is not opioid-free.',
      },
    ]);
  });
});

describe('checkInductionPrerequisites with the record', () => {
  const oud: InductionInput = { diagnoses: ['OUD'], formulation: 'xr_injection', startedOn: '2026-06-15' };
  const fentanylScreen = (on: string) => ({
    on,
    substances: ['fentanyl'],
    source: 'positive fentanyl screen',
  });

  it("counts from the record's later use and says where the date came from", () => {
    const screen = fentanylScreen('2026-06-08');
    const result = checkInductionPrerequisites({
      ...oud,
      lastOpioidUseOn: '2026-06-01',
      recorded: { lastUse: screen, lastPositiveScreen: screen },
    });
    expect(result.failures).toEqual([
      {
        rule: 'opioid_free_days',
        message:
          '6 opioid-free days before the start (last use recorded 2026-06-08: positive fentanyl screen); 7 needed.',
      },
      {
        rule: 'opioid_screen',
        message:
          'An opioid drug screen in the record is positive (recorded 2026-06-08: positive fentanyl screen); naltrexone would precipitate withdrawal.',
      },
    ]);
  });

  it("keeps the form's date when it is the later one", () => {
    const screen = fentanylScreen('2026-05-01');
    const result = checkInductionPrerequisites({
      ...oud,
      lastOpioidUseOn: '2026-06-10',
      recorded: { lastUse: screen, lastPositiveScreen: screen },
    });
    expect(result.failures).toEqual([
      { rule: 'opioid_free_days', message: '4 opioid-free days before the start (last use 2026-06-10); 7 needed.' },
    ]);
  });

  it('fails the screen rule for a recorded positive screen inside the window only: 6 fail, 7 pass', () => {
    const base = { ...oud, lastOpioidUseOn: '2026-05-01' };
    const inside = fentanylScreen('2026-06-08');
    const outside = fentanylScreen('2026-06-07');
    const screenRules = (screen: ReturnType<typeof fentanylScreen>) =>
      checkInductionPrerequisites({ ...base, recorded: { lastUse: null, lastPositiveScreen: screen } }).failures.map(
        (f) => f.rule,
      );
    expect(screenRules(inside)).toEqual(['opioid_screen']);
    expect(screenRules(outside)).toEqual([]);
  });

  it("waits 14 days when the record's last use is methadone, even if the form names no agonist", () => {
    const methadone = { on: '2026-06-02', substances: ['methadone'], source: 'positive methadone screen' };
    const result = checkInductionPrerequisites({
      ...oud,
      lastOpioidUseOn: '2026-05-01',
      recorded: { lastUse: methadone, lastPositiveScreen: methadone },
    });
    expect(result.failures.map((f) => f.message)).toEqual([
      '12 opioid-free days before the start (last use recorded 2026-06-02: positive methadone screen); 14 needed after methadone.',
      'An opioid drug screen in the record is positive (recorded 2026-06-02: positive methadone screen); naltrexone would precipitate withdrawal.',
    ]);
  });

  it('asks an AUD patient for the date of last use when the record shows opioid use', () => {
    const reported = { on: '2025-01-10', substances: ['oxycodone'], source: 'self-reported oxycodone use' };
    const recorded = { lastUse: reported, lastPositiveScreen: null };
    const aud: InductionInput = { diagnoses: ['AUD'], formulation: 'xr_injection', startedOn: '2026-06-15', recorded };
    expect(checkInductionPrerequisites(aud).failures).toEqual([
      {
        rule: 'opioid_free_days',
        message:
          'The date of last opioid use is required when the record shows opioid use (recorded 2025-01-10: self-reported oxycodone use; 7 opioid-free days needed).',
      },
    ]);
    expect(checkInductionPrerequisites({ ...aud, lastOpioidUseOn: '2025-01-10' }).met).toBe(true);
  });
});

describe('opioidFreeDaysBefore', () => {
  it('counts the whole days strictly between the last use and the start day', () => {
    expect(opioidFreeDaysBefore('2026-06-04', '2026-06-10')).toBe(5);
    expect(opioidFreeDaysBefore('2026-06-09', '2026-06-10')).toBe(0);
    expect(opioidFreeDaysBefore('2026-06-10', '2026-06-10')).toBe(0);
    expect(opioidFreeDaysBefore('2026-06-12', '2026-06-10')).toBe(0);
  });
});

describe('applicableInductionRules', () => {
  it('asks the opioid rules of every start, whatever the diagnosis, and liver function of oral naltrexone', () => {
    const opioid = ['opioid_free_days', 'opioid_screen', 'naloxone_challenge'];
    expect(applicableInductionRules({ formulation: 'xr_injection' })).toEqual(opioid);
    expect(applicableInductionRules({ formulation: 'oral' })).toEqual([...opioid, 'liver_function']);
  });

  it('covers every failure the check reports, so a checklist of them shows each one', () => {
    const input: InductionInput = {
      diagnoses: ['AUD', 'OUD'],
      formulation: 'oral',
      startedOn: '2024-03-10',
      lastOpioidUseOn: '2024-03-09',
      opioidScreen: 'positive',
      naloxoneChallenge: 'positive',
      lft: { alt: 500, ast: 500, uln: 40, bilirubinNormal: false },
    };
    const applicable = applicableInductionRules(input);
    expect(checkInductionPrerequisites(input).failures.map((f) => f.rule)).toEqual(applicable);
  });

  it('never reports a failure outside the applicable rules (property)', () => {
    const inputArb: fc.Arbitrary<InductionInput> = fc.record({
      diagnoses: fc.subarray([...DIAGNOSES]),
      formulation: fc.constantFrom(...FORMULATIONS),
      startedOn: fc.constant('2024-03-10'),
      lastOpioidUseOn: fc.option(
        fc.integer({ min: -30, max: 5 }).map((n) => addDays('2024-03-10', n)),
        { nil: null },
      ),
      priorAgonist: fc.option(fc.constantFrom(...PRIOR_AGONISTS), { nil: null }),
      naloxoneChallenge: fc.option(fc.constantFrom(...CHALLENGE_RESULTS), { nil: null }),
      opioidScreen: fc.option(fc.constantFrom(...CHALLENGE_RESULTS), { nil: null }),
      recorded: fc.option(
        fc
          .record({
            daysBefore: fc.integer({ min: 0, max: 30 }),
            substance: fc.constantFrom('fentanyl', 'methadone', 'buprenorphine', 'oxycodone'),
            screen: fc.boolean(),
          })
          .map(({ daysBefore, substance, screen }) => {
            const use = { on: addDays('2024-03-10', -daysBefore), substances: [substance], source: substance };
            return { lastUse: use, lastPositiveScreen: screen ? use : null };
          }),
        { nil: null },
      ),
      lft: fc.option(
        fc.record({
          alt: fc.integer({ min: 0, max: 400 }),
          ast: fc.integer({ min: 0, max: 400 }),
          uln: fc.integer({ min: 1, max: 60 }),
          bilirubinNormal: fc.boolean(),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(inputArb, (input) => {
        const applicable = applicableInductionRules(input);
        return checkInductionPrerequisites(input).failures.every((f) => applicable.includes(f.rule));
      }),
    );
  });
});
