import {
  CASELOAD_FLAGS,
  type CaseloadFlagInput,
  caseloadFlags,
  describeFlags,
  FLAG_DESCRIPTIONS,
} from './caseload-flags.js';
import { resolveSettings } from './clinical-settings.js';

const calm: CaseloadFlagInput = {
  today: '2024-05-01',
  formulation: 'oral',
  injection: { status: 'none' },
  pdc90: 0.95,
  noShowsInARow: 0,
  latestPacs: 5,
  lastPositiveScreenOn: null,
  lastOralDoseOn: '2024-04-30',
  coveredThrough: '2024-04-30',
  hasApprovedDiscontinuation: false,
  onNaltrexone: true,
};

describe('caseloadFlags', () => {
  it('raises nothing for a patient doing well', () => {
    expect(caseloadFlags(calm)).toEqual([]);
  });

  it('flags an overdue injection; with no other naltrexone that is also a stop without approval', () => {
    // Injection on 2024-03-20: due 2024-04-17, overdue from 2024-04-25; its 28 days cover through 2024-04-16.
    const xr = {
      ...calm,
      formulation: 'xr_injection' as const,
      lastOralDoseOn: null,
      coveredThrough: '2024-04-16',
      injection: { status: 'overdue' as const, lastOn: '2024-03-20' },
    };
    expect(caseloadFlags(xr)).toEqual(['injection_overdue', 'stopped_without_approval']);
    expect(caseloadFlags({ ...xr, injection: { status: 'late', lastOn: '2024-03-20' } })).toEqual([]);
    expect(caseloadFlags({ ...xr, hasApprovedDiscontinuation: true })).toEqual(['injection_overdue']);
  });

  it('counts oral tablets bridging an XR patient: the injection is overdue, the patient has not stopped', () => {
    const bridged = {
      ...calm,
      formulation: 'xr_injection' as const,
      injection: { status: 'overdue' as const, lastOn: '2024-03-20' },
      // 30 tablets dispensed on 2024-04-15 cover through 2024-05-14.
      lastOralDoseOn: '2024-04-15',
      coveredThrough: '2024-05-14',
    };
    expect(caseloadFlags(bridged)).toEqual(['injection_overdue']);
    // The tablets ran out on 2024-04-23: 8 days without naltrexone in any form by 2024-05-01.
    expect(caseloadFlags({ ...bridged, coveredThrough: '2024-04-23' })).toEqual([
      'injection_overdue',
      'stopped_without_approval',
    ]);
    expect(caseloadFlags({ ...bridged, coveredThrough: '2024-04-24' })).toEqual(['injection_overdue']);
  });

  it('flags a start 7 or more days old with no injection, dispense or dose since', () => {
    const waiting = {
      ...calm,
      formulation: 'xr_injection' as const,
      lastOralDoseOn: null,
      coveredThrough: null,
      pdc90: null,
      treatedSinceStart: false,
    };
    expect(caseloadFlags({ ...waiting, startedOn: '2024-04-25' })).toEqual([]);
    expect(caseloadFlags({ ...waiting, startedOn: '2024-04-24' })).toEqual(['not_started']);
    expect(caseloadFlags({ ...waiting, startedOn: '2024-04-24', treatedSinceStart: true })).toEqual([]);
    expect(caseloadFlags({ ...waiting, startedOn: '2024-04-24', onNaltrexone: false })).toEqual([]);
    expect(caseloadFlags({ ...waiting, startedOn: '2024-04-22' }, resolveSettings({ notStartedDays: 10 }))).toEqual([]);
  });

  it('flags PDC below 80%, not at 80%', () => {
    expect(caseloadFlags({ ...calm, pdc90: 0.79 })).toEqual(['low_adherence']);
    expect(caseloadFlags({ ...calm, pdc90: 0.8 })).toEqual([]);
    expect(caseloadFlags({ ...calm, pdc90: null })).toEqual([]);
  });

  it('flags 2 no-shows in a row and PACS of 15 or more', () => {
    expect(caseloadFlags({ ...calm, noShowsInARow: 1, latestPacs: 14 })).toEqual([]);
    expect(caseloadFlags({ ...calm, noShowsInARow: 2, latestPacs: 15 })).toEqual(['missed_sessions', 'craving_high']);
  });

  it('flags a positive screen on today or the 13 days before', () => {
    expect(caseloadFlags({ ...calm, lastPositiveScreenOn: '2024-05-01' })).toEqual(['positive_screen']);
    expect(caseloadFlags({ ...calm, lastPositiveScreenOn: '2024-04-18' })).toEqual(['positive_screen']);
    expect(caseloadFlags({ ...calm, lastPositiveScreenOn: '2024-04-17' })).toEqual([]);
  });

  it('flags an early relapse of the course while it is ongoing and for 90 days after it ended', () => {
    const early = { onsetOn: '2024-02-01', early: true };
    expect(caseloadFlags({ ...calm, relapses: [{ ...early, endedOn: null }] })).toEqual(['early_relapse']);
    // Ended 2024-02-02: 89 days before 2024-05-01 it still shows, 90 days it does not.
    expect(caseloadFlags({ ...calm, relapses: [{ ...early, endedOn: '2024-02-02' }] })).toEqual(['early_relapse']);
    expect(caseloadFlags({ ...calm, relapses: [{ ...early, endedOn: '2024-02-01' }] })).toEqual([]);
    expect(caseloadFlags({ ...calm, relapses: [{ ...early, early: false, endedOn: null }] })).toEqual([]);
  });

  it('flags oral naltrexone stopped 8 days after the last dose or supply', () => {
    expect(caseloadFlags({ ...calm, lastOralDoseOn: '2024-04-24', coveredThrough: '2024-04-24' })).toEqual([]);
    expect(caseloadFlags({ ...calm, lastOralDoseOn: '2024-04-23', coveredThrough: '2024-04-23' })).toEqual([
      'stopped_without_approval',
    ]);
    // A 30-day dispense on 2024-04-10 covers through 2024-05-09: not stopped.
    expect(caseloadFlags({ ...calm, lastOralDoseOn: '2024-04-10', coveredThrough: '2024-05-09' })).toEqual([]);
    expect(caseloadFlags({ ...calm, lastOralDoseOn: '2024-04-10', coveredThrough: null })).toEqual([
      'stopped_without_approval',
    ]);
    expect(
      caseloadFlags({ ...calm, lastOralDoseOn: '2024-04-01', coveredThrough: null, hasApprovedDiscontinuation: true }),
    ).toEqual([]);
  });

  it('raises no medication flags for a patient not on naltrexone', () => {
    const off = {
      ...calm,
      onNaltrexone: false,
      pdc90: 0.1,
      lastOralDoseOn: '2024-01-01',
      coveredThrough: null,
      formulation: 'xr_injection' as const,
      injection: { status: 'overdue' as const },
    };
    expect(caseloadFlags(off)).toEqual([]);
    expect(caseloadFlags({ ...off, noShowsInARow: 3 })).toEqual(['missed_sessions']);
  });

  it('does not flag an old injection for a patient now on oral naltrexone', () => {
    expect(caseloadFlags({ ...calm, injection: { status: 'overdue' } })).toEqual([]);
  });

  it('describes every flag, with the clinic settings', () => {
    expect(Object.keys(FLAG_DESCRIPTIONS).sort()).toEqual([...CASELOAD_FLAGS].sort());
    expect(FLAG_DESCRIPTIONS.craving_high).toBe('Latest craving score (PACS) is 15 or higher.');
    expect(describeFlags(resolveSettings({ positiveScreenDays: 30 })).positive_screen).toMatch(/last 30 days/);
  });

  it('drops stopped_without_approval once a clinician resolves that stop, and raises it for a later one', () => {
    const stopped = { ...calm, lastOralDoseOn: '2026-03-01', coveredThrough: '2026-03-01', today: '2026-03-20' };
    expect(caseloadFlags(stopped)).toContain('stopped_without_approval');
    expect(caseloadFlags({ ...stopped, stopResolvedOn: '2026-03-15' })).not.toContain('stopped_without_approval');
    const stoppedAgain = {
      ...stopped,
      lastOralDoseOn: '2026-04-01',
      coveredThrough: '2026-04-01',
      today: '2026-04-20',
    };
    expect(caseloadFlags({ ...stoppedAgain, stopResolvedOn: '2026-03-15' })).toContain('stopped_without_approval');
  });

  it('flags a relapse ongoing when a taper began, or beginning after it', () => {
    const tapering = { ...calm, hasApprovedDiscontinuation: true, taperStartedOn: '2026-05-01', today: '2026-05-20' };
    const relapse = (onsetOn: string, endedOn: string | null) => ({ onsetOn, endedOn, early: false });
    // Began before the taper and ended before it (or on its first day): not during the taper.
    expect(caseloadFlags({ ...tapering, relapses: [relapse('2026-03-01', '2026-04-30')] })).toEqual([]);
    expect(caseloadFlags({ ...tapering, relapses: [relapse('2026-03-01', '2026-05-01')] })).toEqual([]);
    // Still ongoing at the taper's start: use continued into the taper.
    expect(caseloadFlags({ ...tapering, relapses: [relapse('2026-03-01', '2026-05-02')] })).toEqual([
      'relapse_during_taper',
    ]);
    expect(caseloadFlags({ ...tapering, relapses: [relapse('2026-03-01', null)] })).toEqual(['relapse_during_taper']);
    expect(caseloadFlags({ ...tapering, relapses: [relapse('2026-05-10', null)] })).toEqual(['relapse_during_taper']);
    expect(caseloadFlags({ ...calm, relapses: [relapse('2026-03-01', null)] })).not.toContain('relapse_during_taper');
  });
});
