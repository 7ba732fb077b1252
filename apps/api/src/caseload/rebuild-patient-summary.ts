import {
  type ClinicalDate,
  type ClinicalSettings,
  type PatientSummary,
  type SummaryObservation,
  summarizePatient,
} from '@naltrack/domain';
import type { EntityManager } from 'typeorm';
import { MedicationEvent } from '../medication/medication-event.entity.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Observation } from '../observations/observation.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import { RelapseEvent } from '../relapses/relapse-event.entity.js';
import { TherapySession } from '../therapy/therapy-session.entity.js';
import { PatientSummaryRow } from './patient-summary.entity.js';

/** An observation row as the clinical rules read it; null for one they cannot use. */
export function toSummaryObservation(row: Observation): SummaryObservation | null {
  const { kind, observedOn } = row;
  switch (kind) {
    case 'pacs':
      return row.items ? { kind, observedOn, items: row.items } : null;
    case 'craving_vas':
    case 'breath_alcohol':
      return row.value === null ? null : { kind, observedOn, value: row.value };
    case 'uds':
      return { kind, observedOn, results: row.results ?? {} };
    case 'drinks':
      return { kind, observedOn, value: row.value ?? 0 };
    case 'self_reported_use':
      return { kind, observedOn, substance: row.substance ?? undefined, value: row.value ?? 0 };
  }
}

/**
 * What the team decided about stopping: an approved request for the current course, the start of a
 * running taper, and the latest resolution of a stop the team had not approved.
 */
async function discontinuationFacts(
  manager: EntityManager,
  patientId: string,
  courseStartedAt: Date | null,
): Promise<{
  hasApprovedDiscontinuation: boolean;
  taperStartedOn: ClinicalDate | null;
  stopResolvedOn: ClinicalDate | null;
}> {
  const [row]: { approved: boolean; taper_started_on: string | null; stop_resolved_on: string | null }[] =
    await manager.query(
      `SELECT EXISTS (SELECT 1 FROM discontinuation_request
                       WHERE patient_id = $1 AND status IN ('approved', 'in_taper', 'completed')
                         AND ($2::timestamptz IS NULL OR created_at >= $2)) AS approved,
              (SELECT started_on::text FROM discontinuation_request
                WHERE patient_id = $1 AND status = 'in_taper' ORDER BY started_on DESC LIMIT 1) AS taper_started_on,
              (SELECT MAX(resolved_on)::text FROM stop_resolution WHERE patient_id = $1) AS stop_resolved_on`,
      [patientId, courseStartedAt],
    );
  return {
    hasApprovedDiscontinuation: row?.approved ?? false,
    taperStartedOn: row?.taper_started_on ?? null,
    stopResolvedOn: row?.stop_resolved_on ?? null,
  };
}

/** The caseload row of a patient from their summary: the one mapping for every writer of the table. */
export function summaryRowOf(
  patient: Pick<Patient, 'id' | 'careTeamId' | 'status' | 'familyName' | 'givenName' | 'mrn'>,
  summary: PatientSummary,
  today: ClinicalDate,
): Omit<PatientSummaryRow, 'patient' | 'updatedAt'> {
  return {
    patientId: patient.id,
    careTeamId: patient.careTeamId,
    status: patient.status,
    familyName: patient.familyName,
    givenName: patient.givenName,
    mrn: patient.mrn,
    asOf: today,
    formulation: summary.formulation,
    startedOn: summary.startedOn,
    daysOnNaltrexone: summary.daysOnNaltrexone,
    pdc30: summary.pdc30,
    pdc90: summary.pdc90,
    lastDoseOn: summary.lastDoseOn,
    lastOralDoseOn: summary.lastOralDoseOn,
    injectionLastOn: summary.injection.lastOn,
    injectionDueOn: summary.injection.dueOn,
    injectionStatus: summary.injection.status,
    coveredThrough: summary.coveredThrough,
    attendanceRate90: summary.attendanceRate90,
    lastSessionOn: summary.lastSessionOn,
    noShowsInARow: summary.noShowsInARow,
    latestPacs: summary.latestPacs,
    latestPacsOn: summary.latestPacsOn,
    lastPositiveScreenOn: summary.lastPositiveScreenOn,
    relapseCount: summary.relapseCount,
    lastRelapseOn: summary.lastRelapseOn,
    earlyRelapse: summary.earlyRelapse,
    flags: summary.flags,
  };
}

/**
 * Recomputes one patient's caseload row from all of their records with the domain rules, and
 * writes it. Call it inside the transaction that changed the records, holding the patient's lock,
 * so the row is exact whenever the change is visible.
 */
export async function rebuildPatientSummary(
  manager: EntityManager,
  patient: Patient,
  today: ClinicalDate,
  settings: ClinicalSettings,
): Promise<PatientSummaryRow> {
  const where = { patientId: patient.id };
  const start = await manager.findOne(NaltrexoneStart, { where, order: { startedOn: 'DESC', createdAt: 'DESC' } });
  const medicationEvents = await manager.find(MedicationEvent, { where });
  const sessions = await manager.find(TherapySession, { where });
  const observations = await manager.find(Observation, { where });
  const relapses = await manager.find(RelapseEvent, { where });
  const discontinuation = await discontinuationFacts(manager, patient.id, start?.createdAt ?? null);

  const summary = summarizePatient(
    {
      today,
      sex: patient.sex,
      diagnoses: patient.diagnoses,
      status: patient.status,
      naltrexoneStart: start ? { startedOn: start.startedOn, formulation: start.formulation } : null,
      medicationEvents,
      sessions: sessions.map((s) => ({
        scheduledAt: s.scheduledAt.toISOString(),
        scheduledOn: s.scheduledOn,
        status: s.status,
      })),
      observations: observations.map(toSummaryObservation).filter((o) => o !== null),
      recordedRelapses: relapses.map((r) => ({ onsetOn: r.onsetOn, early: r.early })),
      ...discontinuation,
    },
    settings,
  );

  const row = manager.create(PatientSummaryRow, summaryRowOf(patient, summary, today));
  await manager.upsert(PatientSummaryRow, row, ['patientId']);
  return row;
}
