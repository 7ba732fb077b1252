import fc from 'fast-check';
import { addDays } from './clinical-date.js';
import {
  applicableInductionRules,
  CHALLENGE_RESULTS,
  checkInductionPrerequisites,
  type InductionInput,
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
    expect(result.failures[0]?.message).toBe('3 opioid-free days before the start (last use 2024-03-07); 7 needed.');
    expect(result.failures[3]?.message).toMatch(/Liver function tests .* required/);
  });

  it('needs 7 opioid-free days for OUD', () => {
    const base: InductionInput = { diagnoses: ['OUD'], formulation: 'xr_injection', startedOn: '2024-03-10' };
    expect(checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-03' }).met).toBe(true);
    const sixDays = checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-04' });
    expect(sixDays.failures).toEqual([
      { rule: 'opioid_free_days', message: '6 opioid-free days before the start (last use 2024-03-04); 7 needed.' },
    ]);
  });

  it('needs 10 opioid-free days after methadone or buprenorphine', () => {
    const base: InductionInput = {
      diagnoses: ['OUD'],
      formulation: 'xr_injection',
      startedOn: '2024-03-10',
      priorAgonist: 'methadone',
    };
    const nine = checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-03-01' });
    expect(nine.met).toBe(false);
    expect(nine.failures[0]?.message).toBe(
      '9 opioid-free days before the start (last use 2024-03-01); 10 needed after methadone.',
    );
    expect(checkInductionPrerequisites({ ...base, lastOpioidUseOn: '2024-02-29' }).met).toBe(true);
    const bup = checkInductionPrerequisites({ ...base, priorAgonist: 'buprenorphine', lastOpioidUseOn: '2024-03-02' });
    expect(bup.failures[0]?.message).toMatch(/10 needed after buprenorphine/);
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

  it('asks nothing of AUD on XR-NTX', () => {
    expect(
      checkInductionPrerequisites({ diagnoses: ['AUD'], formulation: 'xr_injection', startedOn: '2024-03-10' }),
    ).toEqual({ met: true, failures: [] });
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

describe('applicableInductionRules', () => {
  it('asks the opioid rules of OUD and liver function of oral naltrexone', () => {
    expect(applicableInductionRules({ diagnoses: ['AUD'], formulation: 'xr_injection' })).toEqual([]);
    expect(applicableInductionRules({ diagnoses: ['AUD'], formulation: 'oral' })).toEqual(['liver_function']);
    expect(applicableInductionRules({ diagnoses: ['OUD'], formulation: 'xr_injection' })).toEqual([
      'opioid_free_days',
      'opioid_screen',
      'naloxone_challenge',
    ]);
    expect(applicableInductionRules({ diagnoses: ['AUD', 'OUD'], formulation: 'oral' })).toEqual([
      'opioid_free_days',
      'opioid_screen',
      'naloxone_challenge',
      'liver_function',
    ]);
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
