import type { Role } from '@naltrack/domain';
import type { DemoCareTeam, DemoClinician } from './demo-types.js';

export const DEMO_CARE_TEAMS: readonly DemoCareTeam[] = [
  { code: 'north', name: 'North Clinic' },
  { code: 'south', name: 'South Clinic' },
  { code: 'east', name: 'East Clinic' },
];

// Obviously synthetic names: the demo must never look like a real person's record.
export const GIVEN_NAMES = {
  female: ['Ada', 'Bea', 'Cleo', 'Dana', 'Edie', 'Fern', 'Gwen', 'Hana', 'Iris', 'June', 'Kit', 'Lola', 'Mae', 'Nell'],
  male: ['Abe', 'Bo', 'Cal', 'Dex', 'Eli', 'Finn', 'Gus', 'Hal', 'Ike', 'Jude', 'Kai', 'Lou', 'Max', 'Ned'],
} as const;
export const FAMILY_NAMES = [
  'Demo',
  'Sample',
  'Testcase',
  'Example',
  'Mock',
  'Placeholder',
  'Fixture',
  'Synth',
  'Dummy',
  'Stub',
  'Specimen',
  'Template',
] as const;

/**
 * The clinicians every demo team has. Two prescribers, so that a proposal by one can be approved
 * by the other (approval needs a prescriber other than the proposer).
 */
export const TEAM_ROLES = [
  { role: 'prescriber', handle: 'prescriber', label: 'Prescriber' },
  { role: 'prescriber', handle: 'psychiatrist', label: 'Psychiatrist' },
  { role: 'therapist', handle: 'therapist', label: 'Therapist' },
  { role: 'nurse', handle: 'nurse', label: 'Nurse' },
  { role: 'team_lead', handle: 'lead', label: 'Team Lead' },
] as const satisfies readonly { role: Role; handle: string; label: string }[];

export type TeamHandle = (typeof TEAM_ROLES)[number]['handle'];

export function demoEmail(handle: TeamHandle, teamCode: string): string {
  return `${handle}.${teamCode}@example.org`;
}

/** Five clinicians per team plus an admin and an auditor; no passwords (sign-in comes later). */
export function buildDemoClinicians(teams: readonly DemoCareTeam[]): DemoClinician[] {
  const clinicians: DemoClinician[] = teams.flatMap((team) =>
    TEAM_ROLES.map(({ role, handle, label }) => ({
      email: demoEmail(handle, team.code),
      displayName: `${label} ${team.name} (demo)`,
      roles: [role],
      teamCode: team.code,
    })),
  );
  clinicians.push(
    { email: 'admin@example.org', displayName: 'Admin (demo)', roles: ['admin'], teamCode: null },
    { email: 'auditor@example.org', displayName: 'Auditor (demo)', roles: ['auditor'], teamCode: null },
  );
  return clinicians;
}
