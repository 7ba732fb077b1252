import {
  addDays,
  CASELOAD_FLAGS,
  clinicalDateOf,
  OBSERVATION_KINDS,
  switchMedicationsFor,
  switchProblems,
} from '@naltrack/domain';
import { clinicInstant } from './clinic-time.js';
import { buildDemoCohort, splitOverTeams, trajectoryQuota } from './demo-cohort.js';
import { summarizeDemoPatient } from './demo-summary.js';
import { DEMO_SWITCH_PROGRAMS } from './demo-switches.js';
import { type DemoDiscontinuation, type DemoPatient, TRAJECTORY_NAMES } from './demo-types.js';

const TODAY = '2026-03-10';
const ZONE = 'America/New_York';
const build = (seed = 1, teamSizes = [100, 100, 100]) =>
  buildDemoCohort({ seed, teamSizes, today: TODAY, timeZone: ZONE });

describe('buildDemoCohort', () => {
  const cohort = build();

  it('builds the same cohort for the same seed and day, and another for another seed', () => {
    expect(build(1, [20, 20, 20])).toEqual(build(1, [20, 20, 20]));
    expect(build(2, [20, 20, 20])).not.toEqual(build(1, [20, 20, 20]));
  });

  it('has 100 patients in each of North, South and East Clinic, with demo MRNs in order', () => {
    expect(cohort.careTeams).toEqual([
      { code: 'north', name: 'North Clinic' },
      { code: 'south', name: 'South Clinic' },
      { code: 'east', name: 'East Clinic' },
    ]);
    expect(cohort.patients).toHaveLength(300);
    for (const code of ['north', 'south', 'east']) {
      expect(cohort.patients.filter((p) => p.teamCode === code)).toHaveLength(100);
    }
    expect(cohort.patients.map((p) => p.mrn)).toEqual(
      Array.from({ length: 300 }, (_, i) => `DEMO-${String(i + 1).padStart(6, '0')}`),
    );
  });

  it('mixes every trajectory into every team', () => {
    for (const code of ['north', 'south', 'east']) {
      const names = new Set(cohort.patients.filter((p) => p.teamCode === code).map((p) => p.trajectory));
      expect([...names].sort()).toEqual([...TRAJECTORY_NAMES].sort());
    }
  });

  it('has a prescriber, therapist, nurse and lead per team, an admin and an auditor', () => {
    const emails = cohort.clinicians.map((c) => `${c.email} ${c.roles.join(',')} ${c.teamCode}`);
    expect(emails).toContain('prescriber.north@example.org prescriber north');
    expect(emails).toContain('therapist.south@example.org therapist south');
    expect(emails).toContain('nurse.east@example.org nurse east');
    expect(emails).toContain('lead.east@example.org team_lead east');
    expect(emails).toContain('admin@example.org admin null');
    expect(emails).toContain('auditor@example.org auditor null');
    expect(cohort.clinicians).toHaveLength(17);
  });

  // Violations are collected and compared once: an expect per record would take seconds.
  it('keeps every record within the 12 months up to today; only booked sessions lie ahead', () => {
    const yearAgo = addDays(TODAY, -365);
    const outside: string[] = [];
    for (const p of cohort.patients) {
      const days = [
        p.enrolledOn,
        ...p.starts.map((s) => s.startedOn),
        ...p.medicationEvents.map((e) => e.occurredOn),
        ...p.observations.map((o) => o.observedOn),
        ...p.relapses.map((r) => r.onsetOn),
      ];
      for (const day of days) if (day < yearAgo || day > TODAY) outside.push(`${p.mrn} ${day}`);
      for (const s of p.sessions) {
        if (s.scheduledOn < p.enrolledOn) outside.push(`${p.mrn} session ${s.scheduledOn}`);
        if ((s.status === 'scheduled') !== s.scheduledOn >= TODAY)
          outside.push(`${p.mrn} ${s.scheduledOn} ${s.status}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('schedules sessions on weekdays in business hours of the clinic zone', () => {
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' });
    const wrong = cohort.patients
      .flatMap((p) => p.sessions)
      .filter((s) => {
        const at = new Date(s.scheduledAt);
        const hour = Number(local.format(at));
        const weekday = new Date(`${s.scheduledOn}T00:00:00Z`).getUTCDay();
        return clinicalDateOf(at, ZONE) !== s.scheduledOn || hour < 9 || hour >= 17 || weekday < 1 || weekday > 5;
      });
    expect(wrong).toEqual([]);
  });

  it('writes valid observations: PACS of five items 0-6, screens with results, drinks for AUD', () => {
    const observations = cohort.patients.flatMap((p) => p.observations);
    expect(new Set(observations.map((o) => o.kind))).toEqual(new Set(OBSERVATION_KINDS));
    for (const o of observations.filter((x) => x.kind === 'pacs')) {
      expect(o.items).toHaveLength(5);
      expect(o.items?.every((v) => v >= 0 && v <= 6)).toBe(true);
      expect(o.value).toBe(o.items?.reduce((a, b) => a + b, 0));
    }
    for (const p of cohort.patients.filter((x) => x.diagnoses.includes('OUD') && x.starts.length > 0)) {
      const screen = p.observations.find((o) => o.kind === 'uds');
      expect(Object.keys(screen?.results ?? {})).toEqual(expect.arrayContaining(['opioids', 'fentanyl']));
    }
    for (const p of cohort.patients.filter((x) => x.diagnoses.includes('AUD'))) {
      expect(p.observations.some((o) => o.kind === 'drinks')).toBe(true);
    }
  });

  it('raises every caseload flag for at least two patients', () => {
    const counts = new Map<string, number>();
    for (const p of cohort.patients) {
      for (const flag of summarizeDemoPatient(p, TODAY).flags) counts.set(flag, (counts.get(flag) ?? 0) + 1);
    }
    expect(CASELOAD_FLAGS.filter((flag) => (counts.get(flag) ?? 0) < 2)).toEqual([]);
  });
});

describe("the demo cohort's switches", () => {
  const cohort = build();
  const switchOf = (p: DemoPatient) => p.discontinuations.find((d) => d.kind === 'switch');
  const withSwitch = (code: string) => cohort.patients.filter((p) => p.teamCode === code && switchOf(p));

  /** The problems the API would find proposing it: the medication, the program, the blockade's plan. */
  const problemsOf = (p: DemoPatient, d: DemoDiscontinuation, proposedOn: string) =>
    d.switchTo && d.switchFacts
      ? switchProblems({
          diagnoses: p.diagnoses,
          switchTo: d.switchTo,
          effectiveOn: d.effectiveOn,
          today: proposedOn,
          plan: d.switchPlan,
          facts: d.switchFacts,
        })
      : [{ field: 'switchTo', message: 'missing' }];

  it.each(['north', 'south', 'east'])(
    'ends a discontinued course in %s by a completed switch to this team and one to another program',
    (code) => {
      const switched = withSwitch(code).filter((p) => p.status === 'switched');
      expect(switched.map((p) => [p.trajectory, switchOf(p)?.switchTo?.prescribedBy])).toEqual([
        ['discontinued', 'this_team'],
        ['discontinued', 'other_program'],
      ]);
      for (const p of switched) {
        const d = switchOf(p);
        expect(d).toMatchObject({ status: 'completed', reasonCode: 'patient_preference' });
        expect(d?.handOffNote).toEqual(expect.any(String));
        expect(d?.completedOn && d.completedOn <= TODAY).toBe(true);
        expect(switchMedicationsFor(p.diagnoses)).toContain(d?.switchTo?.medication);
        const program = DEMO_SWITCH_PROGRAMS[p.diagnoses.includes('OUD') ? 'OUD' : 'AUD'];
        expect(d?.switchTo?.program ?? null).toBe(d?.switchTo?.prescribedBy === 'other_program' ? program : null);
        // The facts as they stood at the last dose, when the team proposed it.
        const lastDose = p.medicationEvents.at(-1)?.occurredOn ?? '';
        expect(d?.switchFacts?.formulation).toBe(p.starts.at(-1)?.formulation);
        if (d?.switchFacts?.formulation === 'xr_injection') expect(d.switchFacts.lastInjectionOn).toBe(lastDose);
        expect(d && problemsOf(p, d, lastDose)).toEqual([]);
        expect(d?.decisions.map((x) => x.decision)).toEqual(['approve', 'approve']);
      }
    },
  );

  it.each(['north', 'south', 'east'])(
    'has in %s one struggling patient, outside the safety story, whose switch for lack of efficacy awaits approval',
    (code) => {
      const pending = withSwitch(code).filter((p) => switchOf(p)?.status === 'pending');
      expect(pending.map((p) => [p.trajectory, p.status, p.variant])).toEqual([
        ['struggling', 'active', 'positive_screen'],
      ]);
      const [p] = pending;
      const d = p && switchOf(p);
      expect(d).toMatchObject({ reasonCode: 'lack_of_efficacy', decisions: [], handOffNote: null, completedOn: null });
      expect(p?.safetyAssessments).toBeUndefined();
      expect(p && summarizeDemoPatient(p, TODAY).flags).not.toContain('suicide_risk');
      // The plan is there exactly when an agonist would start under the XR-NTX blockade.
      expect(p && d && problemsOf(p, d, TODAY)).toEqual([]);
    },
  );

  // The approval and switch journeys propose on early relapses of the default seed: one open
  // request per patient, so these must have none.
  it('leaves early relapses free of requests', () => {
    const early = cohort.patients.filter((p) => summarizeDemoPatient(p, TODAY).flags.includes('early_relapse'));
    expect(early.length).toBeGreaterThan(2);
    expect(early.filter((p) => p.discontinuations.length > 0).map((p) => p.mrn)).toEqual([]);
  });
});

describe('splitOverTeams and trajectoryQuota', () => {
  it('splits patients evenly over three teams, the first taking any remainder', () => {
    expect(splitOverTeams(600)).toEqual([200, 200, 200]);
    expect(splitOverTeams(100)).toEqual([34, 33, 33]);
    expect(splitOverTeams(1)).toEqual([1, 0, 0]);
  });

  it('gives a team exactly its size, shared by weight', () => {
    expect(trajectoryQuota(100).filter((t) => t === 'steady_xr')).toHaveLength(24);
    for (const size of [0, 1, 4, 7, 33, 250]) expect(trajectoryQuota(size)).toHaveLength(size);
  });
});

describe('clinicInstant', () => {
  it('places a wall-clock time in the zone, across daylight-saving changes', () => {
    expect(clinicInstant('2026-03-06', 9 * 60, ZONE)).toBe('2026-03-06T14:00:00.000Z');
    expect(clinicInstant('2026-03-09', 9 * 60, ZONE)).toBe('2026-03-09T13:00:00.000Z');
    expect(clinicInstant('2026-03-09', 9 * 60 + 30, 'UTC')).toBe('2026-03-09T09:30:00.000Z');
    expect(clinicInstant('2026-07-01', 16 * 60 + 30, 'Asia/Kolkata')).toBe('2026-07-01T11:00:00.000Z');
  });
});
