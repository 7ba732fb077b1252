import type { EntityManager } from 'typeorm';
import { jsonIds, jsonIdsValue } from '../common/database/json-ids.js';
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

/** Every column of the patients `from` gives (as `p`), then `rest`: which rows, and how locked. */
const lockStatement = (from: string, rest: string) => `
  SELECT p.id, p.mrn, p.given_name, p.family_name, p.birth_date::text AS birth_date, p.sex, p.diagnoses,
         p.care_team_id, p.status, p.enrolled_on::text AS enrolled_on, p.version, p.created_at, p.updated_at
    FROM ${from} ${rest}`;
const LOCK_PATIENT = lockStatement('patient p', 'WHERE p.id = $1::uuid FOR UPDATE');
/** In id order, as every writer of several patients locks them, so two never deadlock. */
const LOCK_FREE_PATIENTS = lockStatement(
  `${jsonIds(1)} JOIN patient p ON p.id = ids.id::uuid`,
  'ORDER BY p.id FOR UPDATE OF p SKIP LOCKED',
);

/**
 * The patient's row, locked until the writing transaction ends. Prepared once per connection:
 * TypeORM's find built the same statement on every clinical write, and PostgreSQL planned it.
 */
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
  patientIds: Iterable<string>,
): Promise<Map<string, Patient>> {
  const rows = await preparedQuery<PatientRow>(manager, LOCK_FREE_PATIENTS, [jsonIdsValue(patientIds)]);
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
