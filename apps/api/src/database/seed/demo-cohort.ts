import {
  addDays,
  type ClinicalDate,
  type ClinicalSettings,
  DEFAULT_CLINICAL_SETTINGS,
  type Diagnosis,
  type Sex,
} from '@naltrack/domain';
import { withCravingCues } from './demo-craving-cues.js';
import { withDiscontinuations } from './demo-discontinuations.js';
import { buildDemoClinicians, DEMO_CARE_TEAMS, FAMILY_NAMES, GIVEN_NAMES } from './demo-names.js';
import { withSafety } from './demo-safety.js';
import { type DemoCohort, type DemoPatient, TRAJECTORY_NAMES, type TrajectoryName } from './demo-types.js';
import { SeededRandom } from './seeded-random.js';
import { TRAJECTORIES } from './trajectories/index.js';

export { DEMO_CARE_TEAMS } from './demo-names.js';

export interface DemoCohortOptions {
  seed: number;
  /** Patients in each team, in team order (north, south, east). */
  teamSizes: readonly number[];
  /** The clinic day the cohort is built up to. */
  today: ClinicalDate;
  /** The clinic's IANA time zone: sessions are in its business hours. */
  timeZone: string;
  settings?: ClinicalSettings;
}

/** `total` patients split evenly over the demo teams; the first teams take any remainder. */
export function splitOverTeams(total: number): number[] {
  const teams = DEMO_CARE_TEAMS.length;
  return DEMO_CARE_TEAMS.map((_, i) => Math.floor(total / teams) + (i < total % teams ? 1 : 0));
}

/**
 * How many of `size` patients follow each trajectory: shares by weight, rounded by largest
 * remainder, so even a small team gets the mix and every run gets the same counts.
 */
export function trajectoryQuota(size: number): TrajectoryName[] {
  const total = TRAJECTORY_NAMES.reduce((sum, name) => sum + TRAJECTORIES[name].weight, 0);
  const shares = TRAJECTORY_NAMES.map((name, order) => {
    const exact = (TRAJECTORIES[name].weight * size) / total;
    return { name, order, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = size - shares.reduce((sum, s) => sum + s.count, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    if (left-- <= 0) break;
    share.count++;
  }
  return shares.flatMap((s) => Array.from({ length: s.count }, () => s.name));
}

function diagnosesFor(random: SeededRandom): Diagnosis[] {
  const roll = random.next();
  return roll < 0.15 ? ['AUD', 'OUD'] : roll < 0.6 ? ['AUD'] : ['OUD'];
}

/**
 * The cohort's patients one at a time, in MRN order, the same for the same seed and day: each
 * patient's records follow a clinical trajectory over the 12 months up to `today`. Lazy, so a
 * cohort of 100,000 never has to sit in memory at once.
 */
export function* demoPatients(options: DemoCohortOptions): Generator<DemoPatient> {
  const settings = options.settings ?? DEFAULT_CLINICAL_SETTINGS;
  let index = 0;
  for (const [teamIndex, team] of DEMO_CARE_TEAMS.entries()) {
    const size = options.teamSizes[teamIndex] ?? 0;
    const order = SeededRandom.derive(options.seed, -1 - teamIndex).shuffle(trajectoryQuota(size));
    // Offsetting ordinals by team spreads each trajectory's variants differently over the teams.
    const seen = new Map<TrajectoryName, number>();
    for (const trajectory of order) {
      const ordinal = seen.get(trajectory) ?? teamIndex;
      seen.set(trajectory, ordinal + 1);
      const random = SeededRandom.derive(options.seed, index);
      const sex: Sex = random.chance(0.45) ? 'female' : 'male';
      // Drawn for everyone, so the draws after it stay the same when a story fixes the diagnoses.
      const drawn = diagnosesFor(random);
      const diagnoses = TRAJECTORIES[trajectory].diagnoses?.(ordinal) ?? drawn;
      const person = {
        teamCode: team.code,
        mrn: `DEMO-${String(index + 1).padStart(6, '0')}`,
        givenName: random.pick(GIVEN_NAMES[sex]),
        familyName: random.pick(FAMILY_NAMES),
        birthDate: addDays(options.today, -random.int(19 * 365, 70 * 365)),
        sex,
        diagnoses,
        trajectory,
      };
      const course = TRAJECTORIES[trajectory].build({
        random,
        today: options.today,
        timeZone: options.timeZone,
        settings,
        teamCode: team.code,
        sex,
        diagnoses,
        ordinal,
      });
      index++;
      yield withCravingCues(withSafety(withDiscontinuations(person, course, options.today, ordinal), ordinal), ordinal);
    }
  }
}

/** The whole synthetic cohort: teams, their clinicians, and every patient (see demoPatients). */
export function buildDemoCohort(options: DemoCohortOptions): DemoCohort {
  return {
    today: options.today,
    careTeams: [...DEMO_CARE_TEAMS],
    clinicians: buildDemoClinicians(DEMO_CARE_TEAMS),
    patients: [...demoPatients(options)],
  };
}
