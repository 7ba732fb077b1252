import { caseloadFlags } from './caseload-flags.js';
import { summarizePatient } from './patient-summary.js';
import { latestPositiveItem9On, phq9Item9Answer, suicideRiskOpen } from './safety.js';

const item9 = (answer: number): number[] => [1, 1, 1, 1, 1, 1, 1, 1, answer];

describe('latestPositiveItem9On', () => {
  it('takes the latest PHQ-9 with item 9 above 0, whatever the order', () => {
    expect(
      latestPositiveItem9On([
        { observedOn: '2024-05-03', items: item9(0) },
        { observedOn: '2024-05-02', items: item9(2) },
        { observedOn: '2024-04-01', items: item9(1) },
      ]),
    ).toBe('2024-05-02');
    expect(latestPositiveItem9On([{ observedOn: '2024-05-03', items: item9(0) }])).toBeNull();
    expect(phq9Item9Answer(item9(3))).toBe(3);
  });
});

describe('suicideRiskOpen', () => {
  it('is open from a positive item 9 until an assessment on or after its day', () => {
    expect(suicideRiskOpen(null, null)).toBe(false);
    expect(suicideRiskOpen('2024-05-02', null)).toBe(true);
    expect(suicideRiskOpen('2024-05-02', '2024-05-01')).toBe(true);
    expect(suicideRiskOpen('2024-05-02', '2024-05-02')).toBe(false);
    expect(suicideRiskOpen('2024-05-02', '2024-05-03')).toBe(false);
  });
});

describe('the suicide_risk flag', () => {
  const input = {
    today: '2024-05-10',
    sex: 'female' as const,
    diagnoses: ['AUD' as const],
    status: 'active' as const,
    naltrexoneStart: null,
    medicationEvents: [],
    sessions: [],
    recordedRelapses: [],
    hasApprovedDiscontinuation: false,
  };

  it('comes first among the flags', () => {
    const flags = caseloadFlags({
      today: '2024-05-10',
      formulation: null,
      injection: { status: 'none' },
      pdc90: null,
      noShowsInARow: 9,
      latestPacs: null,
      lastPositiveScreenOn: null,
      lastOralDoseOn: null,
      hasApprovedDiscontinuation: false,
      onNaltrexone: false,
      positiveItem9On: '2024-05-01',
    });
    expect(flags).toEqual(['suicide_risk', 'missed_sessions']);
  });

  it('is raised by a positive item 9, cleared by an assessment that day, raised again by a later positive', () => {
    const positive = { kind: 'phq9' as const, observedOn: '2024-05-02', items: item9(1) };
    expect(summarizePatient({ ...input, observations: [positive] }).flags).toEqual(['suicide_risk']);
    expect(summarizePatient({ ...input, observations: [positive], safetyAssessedOn: ['2024-05-02'] }).flags).toEqual(
      [],
    );
    const later = { ...positive, observedOn: '2024-05-09' };
    expect(
      summarizePatient({ ...input, observations: [positive, later], safetyAssessedOn: ['2024-05-02'] }).flags,
    ).toEqual(['suicide_risk']);
  });

  it('ignores a negative item 9 and records dated after today', () => {
    const negative = { kind: 'phq9' as const, observedOn: '2024-05-02', items: item9(0) };
    expect(summarizePatient({ ...input, observations: [negative] }).flags).toEqual([]);
    const future = { kind: 'phq9' as const, observedOn: '2024-05-11', items: item9(3) };
    expect(summarizePatient({ ...input, observations: [future] }).flags).toEqual([]);
    const positive = { ...future, observedOn: '2024-05-09' };
    expect(summarizePatient({ ...input, observations: [positive], safetyAssessedOn: ['2024-05-11'] }).flags).toEqual([
      'suicide_risk',
    ]);
  });
});
