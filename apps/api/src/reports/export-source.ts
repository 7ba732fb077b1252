import type { ClinicalDate } from '@naltrack/domain';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { ReportsReader } from '../database/replica/reports-reader.js';
import type { PreparedExport } from './adherence-export.service.js';
import type { ExportPatient } from './export-patient.js';

/** Patients fetched per round trip: enough to keep the pipe full, few enough to stay small. */
const CURSOR_BATCH = 50;

// pg's read timeout (DATABASE_STATEMENT_TIMEOUT_MS + 5 s) runs from a cursor's first read to its
// last, so an export longer than that would be cut off whatever its pace: its cursor gets the
// longest a Node timer takes (a larger value fires at once). A broken connection still ends it.
const CURSOR_READ_TIMEOUT_MS = 2_147_483_647;

/**
 * pg-query-stream closes its cursor on destroy and waits for the server's readyForQuery, which a
 * cursor that already failed (its connection cut, the server gone) never gets: the stream never
 * finished destroying, so its error never reached the export, which hung holding its job.
 */
class ExportCursor extends QueryStream {
  override _destroy(error: Error, callback: (error?: Error | null) => void): void {
    if (this.cursor.state === 'error') callback(error);
    else super._destroy(error, callback);
  }
}

const aggregate = (columns: string, from: string, order: string) =>
  `COALESCE((SELECT json_agg(json_build_object(${columns}) ORDER BY ${order}) FROM ${from}), '[]'::json)`;

/** An instant as ISO 8601 UTC, whatever the session's time zone. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One row per patient, ordered by id, with every record the export reads aggregated as JSON: one
 * statement however many patients (no query per patient). Records up to the period's end are read
 * since supply and relapse rules look back; sessions only within the period. The flags (and a
 * switched patient's program) are the caseload row's, current as of its day rather than the period's.
 * $1 team ids, $2 patient id or null, $3 from, $4 to, $5 the clinic's time zone, $6 (with consents) the clinic's today.
 */
function exportSql(withConsents: boolean): string {
  const consents = withConsents
    ? aggregate(
        `'id', c.id, 'recipient', c.recipient, 'purpose', c.purpose, 'scope', c.scope,
         'effectiveOn', c.effective_on, 'expiresOn', c.expires_on,
         'revokedAt', ${iso('c.revoked_at')}, 'createdAt', ${iso('c.created_at')},
         'inForce', c.revoked_at IS NULL AND $6::date BETWEEN c.effective_on AND c.expires_on`,
        'consent c WHERE c.patient_id = p.id',
        'c.created_at, c.id',
      )
    : `'[]'::json`;
  return `
    SELECT p.id, p.mrn, p.given_name AS "givenName", p.family_name AS "familyName",
           p.birth_date::text AS "birthDate", p.sex, p.diagnoses, p.status::text AS status,
           p.care_team_id AS "careTeamId", t.name AS "careTeamName",
           ${aggregate(
             `'id', s.id, 'startedOn', s.started_on, 'formulation', s.formulation, 'doseMg', s.dose_mg::float,
              'isReinduction', s.is_reinduction`,
             'naltrexone_start s WHERE s.patient_id = p.id AND s.started_on <= $4',
             's.started_on, s.created_at',
           )} AS starts,
           ${aggregate(
             `'id', e.id, 'kind', e.kind, 'formulation', e.formulation, 'occurredOn', e.occurred_on,
              'daysSupply', e.days_supply, 'doseMg', e.dose_mg::float, 'observed', e.observed,
              'lot', e.lot, 'site', e.site`,
             'medication_event e WHERE e.patient_id = p.id AND e.occurred_on <= $4',
             'e.occurred_on, e.created_at, e.id',
           )} AS "medicationEvents",
           ${aggregate(
             `'id', ts.id, 'scheduledAt', ${iso('ts.scheduled_at')}, 'scheduledOn', ts.scheduled_on,
              'type', ts.type, 'status', ts.status, 'modality', ts.modality`,
             'therapy_session ts WHERE ts.patient_id = p.id AND ts.scheduled_on BETWEEN $3 AND $4',
             'ts.scheduled_at, ts.id',
           )} AS sessions,
           ${aggregate(
             `'id', o.id, 'kind', o.kind, 'observedOn', o.observed_on, 'items', o.items,
              'value', o.value::float, 'results', o.results, 'substance', o.substance, 'score', o.score,
              'cues', o.cues`,
             'observation o WHERE o.patient_id = p.id AND o.observed_on <= $4',
             'o.observed_on, o.created_at, o.id',
           )} AS observations,
           ${aggregate(
             `'id', r.id, 'onsetOn', r.onset_on, 'lastUseOn', r.last_use_on, 'substance', r.substance,
              'source', r.source, 'rule', r.rule, 'early', r.early`,
             'relapse_event r WHERE r.patient_id = p.id AND r.onset_on <= $4',
             'r.onset_on, r.id',
           )} AS relapses,
           ${aggregate(
             `'id', d.id, 'kind', d.kind, 'status', d.status, 'proposedOn', (d.created_at AT TIME ZONE $5)::date,
              'effectiveOn', d.effective_on, 'startedOn', d.started_on, 'completedOn', d.completed_on`,
             'discontinuation_request d WHERE d.patient_id = p.id AND (d.created_at AT TIME ZONE $5)::date <= $4',
             'd.created_at, d.id',
           )} AS discontinuations,
           ${consents} AS consents,
           COALESCE(ps.flags, '{}'::text[]) AS flags, ps.as_of::text AS "flagsAsOf",
           ps.switched_to_program AS "switchedToProgram"
      FROM patient p
      JOIN care_team t ON t.id = p.care_team_id
      LEFT JOIN patient_summary ps ON ps.patient_id = p.id
     WHERE p.care_team_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR p.id = $2)
     ORDER BY p.id`;
}

/**
 * The export's patients one at a time, read through a cursor on one pooled connection (the read
 * replica when it can), so memory holds one batch whatever the export's size. The connection
 * is held until the reader finishes or stops: query nothing else meanwhile.
 */
export async function* readExportPatients(
  reader: ReportsReader,
  prepared: PreparedExport,
  timeZone: string,
  today: ClinicalDate,
): AsyncGenerator<ExportPatient> {
  const runner = await reader.connect(prepared.generatedBy.clinicianId);
  try {
    const client: PoolClient = await runner.connect();
    const withConsents = prepared.format === 'fhir';
    const params = [prepared.careTeamIds, prepared.patientId, prepared.from, prepared.to, timeZone];
    // The statement timeout is for requests; an export's reads take as long as the export.
    await client.query('SET statement_timeout = 0');
    const cursor = new ExportCursor(exportSql(withConsents), withConsents ? [...params, today] : params, {
      batchSize: CURSOR_BATCH,
    });
    const stream = client.query(Object.assign(cursor, { query_timeout: CURSOR_READ_TIMEOUT_MS }));
    try {
      for await (const row of stream) yield row as ExportPatient;
    } finally {
      stream.destroy();
      // Back to the connection's own limit before the pool lends it out again.
      await client.query('RESET statement_timeout').catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
