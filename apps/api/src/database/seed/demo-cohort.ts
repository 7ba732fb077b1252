import { addDays, type ClinicalDate, type Diagnosis, type PatientStatus, type Sex } from '@naltrack/domain';
import { SeededRandom } from './seeded-random.js';

export interface DemoCareTeam {
  code: string;
  name: string;
}

export interface DemoPatient {
  teamCode: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: ClinicalDate;
  sex: Sex;
  diagnoses: Diagnosis[];
  status: PatientStatus;
  enrolledOn: ClinicalDate;
}

export interface DemoCohort {
  careTeams: DemoCareTeam[];
  patients: DemoPatient[];
}

export const DEMO_CARE_TEAMS: readonly DemoCareTeam[] = [
  { code: 'north', name: 'North Clinic' },
  { code: 'south', name: 'South Clinic' },
  { code: 'east', name: 'East Clinic' },
];

// Obviously synthetic names: the demo must never look like a real person's record.
const GIVEN = {
  female: ['Ada', 'Bea', 'Cleo', 'Dana', 'Edie', 'Fern', 'Gwen', 'Hana', 'Iris', 'June'],
  male: ['Abe', 'Bo', 'Cal', 'Dex', 'Eli', 'Finn', 'Gus', 'Hal', 'Ike', 'Jude'],
} as const;
const FAMILY = ['Demo', 'Sample', 'Testcase', 'Example', 'Mock', 'Placeholder', 'Fixture', 'Synth'];

const STATUSES: readonly PatientStatus[] = [
  'active',
  'active',
  'active',
  'active',
  'inducting',
  'referred',
  'tapering',
  'discontinued',
  'lost_to_follow_up',
];

/** A synthetic cohort, the same for the same seed and day: teams and their patients. */
export function buildDemoCohort(options: { seed: number; patientsPerTeam: number; today: ClinicalDate }): DemoCohort {
  const random = new SeededRandom(options.seed);
  const patients: DemoPatient[] = [];
  for (const team of DEMO_CARE_TEAMS) {
    for (let i = 0; i < options.patientsPerTeam; i++) {
      const sex: Sex = random.chance(0.45) ? 'female' : 'male';
      const diagnosis: Diagnosis[] = random.chance(0.15) ? ['AUD', 'OUD'] : [random.chance(0.5) ? 'AUD' : 'OUD'];
      patients.push({
        teamCode: team.code,
        mrn: `DEMO-${String(patients.length + 1).padStart(6, '0')}`,
        givenName: random.pick(GIVEN[sex]),
        familyName: random.pick(FAMILY),
        birthDate: addDays(options.today, -random.int(19 * 365, 70 * 365)),
        sex,
        diagnoses: diagnosis,
        status: random.pick(STATUSES),
        enrolledOn: addDays(options.today, -random.int(7, 540)),
      });
    }
  }
  return { careTeams: [...DEMO_CARE_TEAMS], patients };
}
