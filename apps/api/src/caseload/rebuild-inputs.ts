import type {
  ClinicalDate,
  Formulation,
  MedicationEventInput,
  RecordedRelapse,
  SummarySession,
  SwitchTo,
} from '@naltrack/domain';
import type { EntityManager } from 'typeorm';
import { jsonIds, jsonIdsValue } from '../common/database/json-ids.js';
import { preparedQuery } from '../common/database/prepared-query.js';
import type { Observation } from '../observations/observation.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { RowBefore } from './flag-outreach.js';

/** The patient's own fields that the rules and the caseload row read. */
export type RebuildPatient = Pick<
  Patient,
  'id' | 'careTeamId' | 'status' | 'familyName' | 'givenName' | 'mrn' | 'sex' | 'diagnoses'
>;

/** An observation's fields that the rules read. */
export type ObservationFields = Pick<Observation, 'kind' | 'observedOn' | 'items' | 'value' | 'results' | 'substance'>;

/** Everything a patient's caseload row is computed from, as stored in the writing transaction. */
export interface RebuildInputs {
  patient: RebuildPatient;
  /** The start in force: the latest. */
  start: { startedOn: ClinicalDate; formulation: Formulation } | null;
  medicationEvents: MedicationEventInput[];
  sessions: SummarySession[];
  observations: ObservationFields[];
  relapses: RecordedRelapse[];
  safetyAssessedOn: ClinicalDate[];
  /** The caseload row before this rebuild; null for a new patient. */
  before: RowBefore | null;
  /** An approved request of the current course (or any, before a first start). */
  hasApprovedDiscontinuation: boolean;
  taperStartedOn: ClinicalDate | null;
  stopResolvedOn: ClinicalDate | null;
  /** The target of the latest completed switch of the current course. */
  switchedTo: SwitchTo | null;
}

/**
 * One statement for every input of the rebuild: a round trip per patient batch rather than one per
 * table, and plain JSON rather than entities, as the rebuild runs inside every clinical write.
 * Each record list is a row of its own per record (`json_agg` of a subquery's rows): building an
 * object argument by argument cost the server a fifth more for a patient's year of observations.
 * Dates come as JSON strings (ClinicalDate); the decisions of the team are read for the course
 * that began with the latest start.
 */
const rebuildInputs = (patients: string, where: string) => `
SELECT json_build_object('id', p.id, 'careTeamId', p.care_team_id, 'status', p.status,
         'familyName', p.family_name, 'givenName', p.given_name, 'mrn', p.mrn,
         'sex', p.sex, 'diagnoses', p.diagnoses) AS "patient",
       s.start AS "start",
       (SELECT COALESCE(json_agg(e), '[]') FROM (
          SELECT kind, formulation, occurred_on AS "occurredOn", days_supply AS "daysSupply", observed
            FROM medication_event WHERE patient_id = p.id) e) AS "medicationEvents",
       (SELECT COALESCE(json_agg(t), '[]') FROM (
          SELECT scheduled_at AS "scheduledAt", scheduled_on AS "scheduledOn", status
            FROM therapy_session WHERE patient_id = p.id) t) AS "sessions",
       (SELECT COALESCE(json_agg(o), '[]') FROM (
          SELECT kind, observed_on AS "observedOn", items, value, results, substance
            FROM observation WHERE patient_id = p.id) o) AS "observations",
       (SELECT COALESCE(json_agg(r), '[]') FROM (
          SELECT substance, onset_on AS "onsetOn", last_use_on AS "lastUseOn"
            FROM relapse_event WHERE patient_id = p.id) r) AS "relapses",
       (SELECT COALESCE(json_agg(a.assessed_on), '[]')
          FROM safety_assessment a WHERE a.patient_id = p.id) AS "safetyAssessedOn",
       CASE WHEN ps.patient_id IS NOT NULL
            THEN json_build_object('careTeamId', ps.care_team_id, 'flags', ps.flags) END AS "before",
       EXISTS (SELECT 1 FROM discontinuation_request d
                WHERE d.patient_id = p.id AND d.status IN ('approved', 'in_taper', 'completed')
                  AND (s.started_at IS NULL OR d.created_at >= s.started_at)) AS "hasApprovedDiscontinuation",
       (SELECT d.started_on::text FROM discontinuation_request d
         WHERE d.patient_id = p.id AND d.status = 'in_taper'
         ORDER BY d.started_on DESC LIMIT 1) AS "taperStartedOn",
       (SELECT MAX(x.resolved_on)::text FROM stop_resolution x WHERE x.patient_id = p.id) AS "stopResolvedOn",
       (SELECT d.switch_to FROM discontinuation_request d
         WHERE d.patient_id = p.id AND d.kind = 'switch' AND d.status = 'completed'
           AND (s.started_at IS NULL OR d.created_at >= s.started_at)
         ORDER BY d.completed_on DESC, d.created_at DESC LIMIT 1) AS "switchedTo"
  FROM ${patients}
  LEFT JOIN LATERAL (
         SELECT json_build_object('startedOn', n.started_on, 'formulation', n.formulation) AS start,
                n.created_at AS started_at
           FROM naltrexone_start n WHERE n.patient_id = p.id
          ORDER BY n.started_on DESC, n.created_at DESC LIMIT 1) s ON TRUE
  LEFT JOIN patient_summary ps ON ps.patient_id = p.id
  ${where}`;

/** Prepared once per connection, and planned once: one patient, or several as a JSON array. */
export const ONE_PATIENT_INPUTS = rebuildInputs('patient p', 'WHERE p.id = $1::uuid');
export const MANY_PATIENTS_INPUTS = rebuildInputs(`${jsonIds(1)} JOIN patient p ON p.id = ids.id::uuid`, '');

/** The inputs of these patients' rebuilds, by patient id; a patient that does not exist is absent. */
export async function readRebuildInputs(
  manager: EntityManager,
  patientIds: readonly string[],
): Promise<Map<string, RebuildInputs>> {
  const rows =
    patientIds.length === 1
      ? await preparedQuery<RebuildInputs>(manager, ONE_PATIENT_INPUTS, patientIds)
      : await preparedQuery<RebuildInputs>(manager, MANY_PATIENTS_INPUTS, [jsonIdsValue(patientIds)]);
  return new Map(rows.map((row) => [row.patient.id, row]));
}
