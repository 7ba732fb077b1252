import type { PatientScope } from './auth.decorators.js';

/** The patient behind a patient-scoped route's record, and the patient's care team. */
export interface RecordPatient {
  patientId: string;
  careTeamId: string;
}

/** A statement per kind of record: its patient's id and care team, from the record's id (`$n`). */
export function patientOfRecord(via: PatientScope['via'], n: number): string {
  switch (via) {
    case 'patient':
      return `SELECT id AS patient_id, care_team_id FROM patient WHERE id = $${n}`;
    case 'therapy_session':
      return `SELECT p.id AS patient_id, p.care_team_id
                FROM therapy_session s JOIN patient p ON p.id = s.patient_id WHERE s.id = $${n}`;
    case 'discontinuation_request':
      return `SELECT p.id AS patient_id, p.care_team_id
                FROM discontinuation_request r JOIN patient p ON p.id = r.patient_id WHERE r.id = $${n}`;
  }
}
