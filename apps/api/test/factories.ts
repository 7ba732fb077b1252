import { randomUUID } from 'node:crypto';
import type { Role } from '@naltrack/domain';
import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import type { DataSource } from 'typeorm';
import { CareTeam } from '../src/care-teams/care-team.entity.js';
import { rebuildPatientSummary } from '../src/caseload/rebuild-patient-summary.js';
import { CareTeamMembership } from '../src/clinicians/care-team-membership.entity.js';
import { Clinician } from '../src/clinicians/clinician.entity.js';
import { Patient } from '../src/patients/patient.entity.js';
import { TEST_TODAY } from './test-clock.js';

/** Inserts a care team with unique defaults; override what the test is about. */
export async function newCareTeam(dataSource: DataSource, overrides: Partial<CareTeam> = {}): Promise<CareTeam> {
  const suffix = randomUUID().slice(0, 8);
  return dataSource.getRepository(CareTeam).save({ code: `team-${suffix}`, name: `Team ${suffix}`, ...overrides });
}

/**
 * Inserts a patient (in a new care team unless one is given) with unique defaults, and its
 * caseload row as the app would write it.
 */
export async function newPatient(dataSource: DataSource, overrides: Partial<Patient> = {}): Promise<Patient> {
  const careTeamId = overrides.careTeamId ?? (await newCareTeam(dataSource)).id;
  const patient = await dataSource.getRepository(Patient).save({
    mrn: `MRN-${randomUUID().slice(0, 12)}`,
    givenName: 'Test',
    familyName: 'Patient',
    birthDate: '1985-04-12',
    sex: 'female',
    diagnoses: ['OUD'],
    status: 'active',
    enrolledOn: '2026-01-05',
    ...overrides,
    careTeamId,
  });
  await rebuildPatientSummary(dataSource.manager, patient.id, TEST_TODAY, DEFAULT_CLINICAL_SETTINGS);
  return patient;
}

export interface NewClinician {
  roles: Role[];
  careTeamIds?: string[];
  email?: string;
  /** An argon2id hash; sign-in is only possible with one. */
  passwordHash?: string | null;
  active?: boolean;
  totpEnabled?: boolean;
}

/** Inserts a clinician with the given roles and team memberships. */
export async function newClinician(dataSource: DataSource, options: NewClinician): Promise<Clinician> {
  const suffix = randomUUID().slice(0, 8);
  const clinician = await dataSource.getRepository(Clinician).save({
    email: options.email ?? `clinician-${suffix}@example.test`,
    displayName: `Clinician ${suffix}`,
    roles: options.roles,
    active: options.active ?? true,
    passwordHash: options.passwordHash ?? null,
    totpSecret: null,
    totpEnabled: options.totpEnabled ?? false,
  });
  await addMemberships(dataSource, clinician.id, options.careTeamIds ?? []);
  return clinician;
}

export async function addMemberships(
  dataSource: DataSource,
  clinicianId: string,
  careTeamIds: string[],
): Promise<void> {
  if (careTeamIds.length === 0) return;
  await dataSource
    .getRepository(CareTeamMembership)
    .insert(careTeamIds.map((careTeamId) => ({ careTeamId, clinicianId })));
}
