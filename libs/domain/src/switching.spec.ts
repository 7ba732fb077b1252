import {
  type SwitchFacts,
  startsUnderBlockade,
  switchFacts,
  switchMedicationsFor,
  switchProblems,
} from './switching.js';

const onXr = switchFacts({
  relapseCount: 2,
  lastRelapseUseOn: '2024-06-20',
  relapseOngoing: false,
  pdc90: 0.6,
  formulation: 'xr_injection',
  lastInjectionOn: '2024-06-10',
});
const onOral: SwitchFacts = switchFacts({
  ...onXr,
  relapseCount: 2,
  formulation: 'oral',
  lastInjectionOn: '2024-06-10',
});

const proposal = {
  diagnoses: ['OUD'] as const,
  switchTo: { medication: 'buprenorphine', prescribedBy: 'this_team' } as const,
  effectiveOn: '2024-07-08',
  today: '2024-07-01',
  plan: null,
  facts: onXr,
};
const fields = (change: Partial<Parameters<typeof switchProblems>[0]>) =>
  switchProblems({ ...proposal, ...change }).map((p) => p.field);

describe('switchFacts', () => {
  it('gives relapses, adherence, and for XR-NTX the last injection and the day its blockade ends (28 days on)', () => {
    expect(onXr).toEqual({
      relapseEpisodes: 2,
      lastRelapseUseOn: '2024-06-20',
      relapseOngoing: false,
      pdc90: 0.6,
      formulation: 'xr_injection',
      lastInjectionOn: '2024-06-10',
      blockadeEndsOn: '2024-07-08',
    });
  });

  it('has no blockade on oral naltrexone, even after an earlier injection', () => {
    expect(onOral).toMatchObject({ lastInjectionOn: null, blockadeEndsOn: null });
  });
});

describe('switchMedicationsFor', () => {
  it('offers agonists for OUD and the alcohol medications for AUD', () => {
    expect(switchMedicationsFor(['OUD'])).toEqual(['buprenorphine', 'methadone']);
    expect(switchMedicationsFor(['AUD'])).toEqual(['acamprosate', 'disulfiram', 'other']);
    expect(switchMedicationsFor([])).toEqual([]);
  });
});

describe('startsUnderBlockade', () => {
  it('is true for an agonist starting before the blockade ends, false from that day on', () => {
    expect(startsUnderBlockade('buprenorphine', '2024-07-07', onXr)).toBe(true);
    expect(startsUnderBlockade('buprenorphine', '2024-07-08', onXr)).toBe(false);
    expect(startsUnderBlockade('methadone', '2024-07-01', onXr)).toBe(true);
  });

  it('is false for a non-opioid, and without an injection', () => {
    expect(startsUnderBlockade('acamprosate', '2024-07-01', onXr)).toBe(false);
    expect(startsUnderBlockade('buprenorphine', '2024-07-01', onOral)).toBe(false);
  });
});

describe('switchProblems', () => {
  it('accepts a sound switch', () => {
    expect(fields({})).toEqual([]);
  });

  it('needs a medication for one of the diagnoses', () => {
    expect(fields({ switchTo: { medication: 'acamprosate', prescribedBy: 'this_team' } })).toEqual([
      'switchTo.medication',
    ]);
    expect(
      fields({ diagnoses: ['AUD', 'OUD'], switchTo: { medication: 'acamprosate', prescribedBy: 'this_team' } }),
    ).toEqual([]);
  });

  it('needs the program when another program prescribes', () => {
    expect(fields({ switchTo: { medication: 'methadone', prescribedBy: 'other_program' } })).toEqual([
      'switchTo.program',
    ]);
    expect(fields({ switchTo: { medication: 'methadone', prescribedBy: 'other_program', program: '  ' } })).toEqual([
      'switchTo.program',
    ]);
    expect(
      fields({ switchTo: { medication: 'methadone', prescribedBy: 'other_program', program: 'Eastside OTP' } }),
    ).toEqual([]);
  });

  it('needs a plan for an agonist starting under the blockade, and only then', () => {
    expect(fields({ effectiveOn: '2024-07-07' })).toEqual(['plan']);
    expect(fields({ effectiveOn: '2024-07-07', plan: '  ' })).toEqual(['plan']);
    expect(fields({ effectiveOn: '2024-07-07', plan: 'Low-dose buprenorphine start with daily review' })).toEqual([]);
    expect(fields({ effectiveOn: '2024-07-08' })).toEqual([]);
  });

  it('refuses a date in the past', () => {
    expect(fields({ effectiveOn: '2024-06-30', facts: onOral })).toEqual(['effectiveOn']);
  });
});
