import { jsonIds } from '../common/database/json-ids.js';
import type { PatientScope } from './auth.decorators.js';

/** The patient behind a patient-scoped route's record, and the patient's care team. */
export interface RecordPatient {
  patientId: string;
  careTeamId: string;
}

/**
 * A statement per kind of record: for each record id of the JSON array `$n` (`jsonIds`), the
 * record's patient and care team (a row per record found), under the id as it was given (a UUID in
 * upper case names the same record).
 */
export function patientsOfRecords(via: PatientScope['via'], n: number): string {
  const ids = jsonIds(n);
  switch (via) {
    case 'patient':
      return `SELECT ids.id AS record_id, p.id AS patient_id, p.care_team_id
                FROM ${ids} JOIN patient p ON p.id = ids.id::uuid`;
    case 'therapy_session':
      return `SELECT ids.id AS record_id, p.id AS patient_id, p.care_team_id
                FROM ${ids} JOIN therapy_session s ON s.id = ids.id::uuid JOIN patient p ON p.id = s.patient_id`;
    case 'discontinuation_request':
      return `SELECT ids.id AS record_id, p.id AS patient_id, p.care_team_id
                FROM ${ids} JOIN discontinuation_request r ON r.id = ids.id::uuid JOIN patient p ON p.id = r.patient_id`;
  }
}
