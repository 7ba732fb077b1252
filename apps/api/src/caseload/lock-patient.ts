import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query.js';
import { Patient } from '../patients/patient.entity.js';

interface PatientRow {
  id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: Patient['sex'];
  diagnoses: Patient['diagnoses'];
  care_team_id: string;
  status: Patient['status'];
  enrolled_on: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * The patient's row, locked until the writing transaction ends. Prepared once per connection:
 * TypeORM's find built the same statement on every clinical write, and PostgreSQL planned it.
 */
const PATIENT_COLUMNS = `
  SELECT id, mrn, given_name, family_name, birth_date::text AS birth_date, sex, diagnoses, care_team_id, status,
         enrolled_on::text AS enrolled_on, version, created_at, updated_at
    FROM patient`;
const LOCK_PATIENT = `${PATIENT_COLUMNS} WHERE id = $1::uuid FOR UPDATE`;
/** In id order, as every writer of several patients locks them, so two never deadlock. */
const LOCK_FREE_PATIENTS = `${PATIENT_COLUMNS} WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE SKIP LOCKED`;

export async function lockPatient(manager: EntityManager, patientId: string): Promise<Patient | null> {
  const [row] = await preparedQuery<PatientRow>(manager, LOCK_PATIENT, [patientId]);
  return row ? patientOf(row) : null;
}

/**
 * Of these patients, those no other transaction holds, locked until the writing transaction ends,
 * by id. A patient absent from the answer either does not exist or is being written by another.
 */
export async function lockFreePatients(
  manager: EntityManager,
  patientIds: readonly string[],
): Promise<Map<string, Patient>> {
  const rows = await preparedQuery<PatientRow>(manager, LOCK_FREE_PATIENTS, [patientIds]);
  return new Map(rows.map((row) => [row.id, patientOf(row)]));
}

function patientOf(row: PatientRow): Patient {
  return Object.assign(new Patient(), {
    id: row.id,
    mrn: row.mrn,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    sex: row.sex,
    diagnoses: row.diagnoses,
    careTeamId: row.care_team_id,
    status: row.status,
    enrolledOn: row.enrolled_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
