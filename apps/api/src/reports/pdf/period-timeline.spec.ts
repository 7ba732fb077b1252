import type { ExportPatient, ExportRelapse } from '../export-patient.js';
import { periodTimeline } from './period-timeline.js';

/** A synthetic patient with nothing but relapses. */
function patientWith(relapses: ExportRelapse[]): ExportPatient {
  return {
    id: 'p1',
    mrn: 'MRN-1',
    givenName: 'Test',
    familyName: 'Patient',
    birthDate: '1985-04-12',
    sex: 'female',
    diagnoses: ['OUD'],
    status: 'active',
    careTeamId: 't1',
    careTeamName: 'Team',
    starts: [],
    medicationEvents: [],
    sessions: [],
    observations: [],
    relapses,
    discontinuations: [],
    consents: [],
    flags: [],
    flagsAsOf: null,
    switchedToProgram: null,
  };
}

const relapse = (onsetOn: string, lastUseOn: string | null): ExportRelapse => ({
  id: onsetOn,
  onsetOn,
  lastUseOn,
  substance: 'opioids',
  source: 'recorded',
  rule: null,
  early: false,
});

describe('periodTimeline', () => {
  it('lists a relapse of the period at its onset, with the last day of use a clinician stated', () => {
    const patient = patientWith([
      relapse('2026-02-28', '2026-03-04'),
      relapse('2026-03-02', '2026-03-20'),
      relapse('2026-03-10', null),
    ]);
    expect(periodTimeline(patient, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { on: '2026-03-02', text: 'Relapse (opioids), recorded, last use 2026-03-20' },
      { on: '2026-03-10', text: 'Relapse (opioids), recorded' },
    ]);
  });
});
