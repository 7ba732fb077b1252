import {
  addDays,
  type CaseloadFlag,
  type ClinicalDate,
  computeAdherence,
  DEFAULT_CLINICAL_SETTINGS,
  daysBetween,
  detectRelapses,
  evaluateReadiness,
  type PatientSummary,
} from '@naltrack/domain';
import { buildDemoCohort } from './demo-cohort.js';
import { summarizeDemoPatient } from './demo-summary.js';
import type { DemoPatient, TrajectoryName } from './demo-types.js';

type Check = (p: DemoPatient, s: PatientSummary, today: ClinicalDate) => void;

const MEDICATION_FLAGS: CaseloadFlag[] = ['injection_overdue', 'low_adherence', 'stopped_without_approval'];
const expectFlags = (s: PatientSummary, ...flags: CaseloadFlag[]) =>
  expect(s.flags).toEqual(expect.arrayContaining(flags));
const expectNone = (s: PatientSummary, flags: CaseloadFlag[]) =>
  expect(s.flags.filter((f) => flags.includes(f))).toEqual([]);

function relapsesOf(p: DemoPatient) {
  const start = p.starts[p.starts.length - 1];
  return detectRelapses({
    diagnoses: p.diagnoses,
    sex: p.sex,
    naltrexoneStartedOn: start?.startedOn ?? null,
    observations: p.observations.flatMap((o) =>
      o.kind === 'uds' || o.kind === 'drinks' || o.kind === 'self_reported_use'
        ? [
            {
              ...o,
              kind: o.kind,
              results: o.results ?? undefined,
              substance: o.substance ?? undefined,
              value: o.value ?? 0,
            },
          ]
        : [],
    ),
  });
}

const steady: Check = (p, s, today) => {
  // Some tapering patients relapse after their approved taper began: that is the one flag they raise.
  const taperRelapse = p.discontinuations.some((d) => d.status === 'in_taper') && p.relapses.length > 0;
  expect(s.flags).toEqual(taperRelapse ? ['relapse_during_taper'] : []);
  expect(['active', 'tapering']).toContain(p.status);
  expect(s.pdc90).toBeGreaterThanOrEqual(0.8);
  if (s.formulation === 'xr_injection') expect(['on_time', 'due_soon', 'late']).toContain(s.injection.status);
  if (p.variant === 'stable' && !taperRelapse) {
    expect(s.daysOnNaltrexone).toBeGreaterThan(180);
    expect(evaluateReadiness({ today, naltrexoneStartedOn: s.startedOn, ...s }).ready).toBe(true);
  }
};

/** What each trajectory promises, checked for every patient on it. */
const PROMISES: Record<TrajectoryName, Check> = {
  steady_xr: (p, s, today) => {
    expect(s.formulation).toBe('xr_injection');
    steady(p, s, today);
  },
  steady_oral: (p, s, today) => {
    expect(s.formulation).toBe('oral');
    steady(p, s, today);
  },
  falling_oral: (p, s, today) => {
    expect(s.formulation).toBe('oral');
    expectFlags(s, 'low_adherence');
    expect(s.pdc90).toBeLessThan(0.8);
    const { gaps } = computeAdherence({ events: p.medicationEvents, from: addDays(today, -89), to: today });
    expect(gaps.some((g) => g.days >= 8)).toBe(true);
    expect(s.earlyRelapse).toBe(false);
    if (p.variant === 'late_heavy_drinking') expect(s.relapseCount).toBeGreaterThan(0);
  },
  early_relapse: (p, s, today) => {
    expectFlags(s, 'early_relapse');
    const relapse = relapsesOf(p).find((r) => r.early);
    if (p.variant === 'heavy_drinking') {
      expect(relapse?.rule).toBe('heavy_drinking_day');
      return;
    }
    expect(s.formulation).toBe('xr_injection');
    expect(daysBetween(s.startedOn ?? today, today)).toBeLessThanOrEqual(130);
    expect(p.medicationEvents.some((e) => e.kind === 'missed' && e.formulation === 'xr_injection')).toBe(true);
    expect(relapse?.rule).toBe('xbot_4_weeks');
    if (p.variant === 'opioids_still_using') expectFlags(s, 'injection_overdue', 'stopped_without_approval');
  },
  drop_out: (p, s) => {
    if (p.variant === 'lost_to_follow_up') {
      expect(p.status).toBe('lost_to_follow_up');
      expectNone(s, MEDICATION_FLAGS);
      return;
    }
    expect(p.status).toBe('active');
    expectFlags(s, 'stopped_without_approval', 'missed_sessions');
    if (p.variant === 'xr_stopped') expectFlags(s, 'injection_overdue');
  },
  struggling: (p, s) => {
    expect(p.status).toBe('active');
    expectNone(s, ['injection_overdue', 'stopped_without_approval', 'early_relapse']);
    const all = p.variant === 'all_three';
    if (all || p.variant === 'craving_high') expectFlags(s, 'craving_high');
    if (all || p.variant === 'positive_screen') expectFlags(s, 'positive_screen');
    if (all || p.variant === 'missed_sessions') expectFlags(s, 'missed_sessions');
    if (!all) expect(s.flags).toEqual([p.variant]);
  },
  new_start: (p, s, today) => {
    if (p.variant === 'referred') {
      expect(p.status).toBe('referred');
      expect(p.starts).toEqual([]);
      return;
    }
    expect(p.status).toBe('inducting');
    expect(daysBetween(s.startedOn ?? '1970-01-01', today)).toBeLessThanOrEqual(12);
    expect(p.starts.at(-1)?.isReinduction).toBe(p.variant === 'reinduction');
    expectNone(s, MEDICATION_FLAGS);
  },
  discontinued: (p, s, today) => {
    expect(p.status).toBe('discontinued');
    expect(daysBetween(s.lastDoseOn ?? today, today)).toBeGreaterThanOrEqual(59);
    expectNone(s, MEDICATION_FLAGS);
    expect(p.sessions.some((x) => x.status === 'scheduled')).toBe(false);
  },
};

// Days around daylight-saving changes and on different weekdays, and more than one seed.
describe.each([
  [1, '2026-03-08'],
  [2, '2026-11-01'],
  [7, '2025-06-18'],
])('trajectories (seed %i, today %s)', (seed, today) => {
  const cohort = buildDemoCohort({
    seed,
    teamSizes: [100, 100, 100],
    today,
    timeZone: 'America/New_York',
    settings: DEFAULT_CLINICAL_SETTINGS,
  });

  it.each(Object.keys(PROMISES) as TrajectoryName[])('%s yields what it promises', (name) => {
    const patients = cohort.patients.filter((p) => p.trajectory === name);
    expect(patients.length).toBeGreaterThanOrEqual(24);
    for (const patient of patients) {
      const summary = summarizeDemoPatient(patient, today);
      try {
        PROMISES[name](patient, summary, today);
      } catch (error) {
        // Name the patient, so a broken promise can be reproduced.
        throw new Error(`${patient.mrn} (${name}/${patient.variant}): ${String(error)}`);
      }
    }
  });

  it('records relapses with early as the domain decides it', () => {
    const recorded = cohort.patients.flatMap((p) => p.relapses.map((r) => ({ p, r })));
    expect(recorded.length).toBeGreaterThanOrEqual(4);
    expect(recorded.some(({ r }) => r.early)).toBe(true);
    expect(recorded.some(({ r }) => !r.early)).toBe(true);
  });
});
