import {
  type ClinicalDate,
  type ClinicalSettings,
  type PatientSummary,
  type SummaryObservation,
  type SwitchTo,
  summarizePatient,
} from '@naltrack/domain';
import { type EntityManager, In } from 'typeorm';
import { MedicationEvent } from '../medication/medication-event.entity.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Observation } from '../observations/observation.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import { RelapseEvent } from '../relapses/relapse-event.entity.js';
import { SafetyAssessment } from '../safety/safety-assessment.entity.js';
import { TherapySession } from '../therapy/therapy-session.entity.js';
import { followFlagChanges, rowsBefore } from './flag-outreach.js';
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
    // A PHQ-9's item 9 raises suicide_risk; the other instruments feed no caseload rule yet.
    case 'phq9':
      return row.items ? { kind, observedOn, items: row.items } : null;
    case 'gad7':
    case 'audit_c':
    case 'bam':
      return null;
  }
}

interface DiscontinuationFacts {
  hasApprovedDiscontinuation: boolean;
  taperStartedOn: ClinicalDate | null;
  stopResolvedOn: ClinicalDate | null;
  /** The target of the latest completed switch of the current course. */
  switchedTo: SwitchTo | null;
}

/**
 * What each team decided about stopping: an approved request for the patient's current course,
 * the start of a running taper, the latest resolution of a stop the team had not approved, and
 * the medication of the completed switch that ended the course.
 */
async function discontinuationFacts(
  manager: EntityManager,
  courses: { patientId: string; startedAt: Date | null }[],
): Promise<Map<string, DiscontinuationFacts>> {
  const rows: {
    patient_id: string;
    approved: boolean;
    taper_started_on: string | null;
    stop_resolved_on: string | null;
    switched_to: SwitchTo | null;
  }[] = await manager.query(
    `SELECT c.patient_id,
              EXISTS (SELECT 1 FROM discontinuation_request
                       WHERE patient_id = c.patient_id AND status IN ('approved', 'in_taper', 'completed')
                         AND (c.started_at IS NULL OR created_at >= c.started_at)) AS approved,
              (SELECT started_on::text FROM discontinuation_request
                WHERE patient_id = c.patient_id AND status = 'in_taper'
                ORDER BY started_on DESC LIMIT 1) AS taper_started_on,
              (SELECT MAX(resolved_on)::text FROM stop_resolution WHERE patient_id = c.patient_id) AS stop_resolved_on,
              (SELECT switch_to FROM discontinuation_request
                WHERE patient_id = c.patient_id AND kind = 'switch' AND status = 'completed'
                  AND (c.started_at IS NULL OR created_at >= c.started_at)
                ORDER BY completed_on DESC, created_at DESC LIMIT 1) AS switched_to
         FROM unnest($1::uuid[], $2::timestamptz[]) AS c(patient_id, started_at)`,
    [courses.map((c) => c.patientId), courses.map((c) => c.startedAt)],
  );
  return new Map(
    rows.map((row) => [
      row.patient_id,
      {
        hasApprovedDiscontinuation: row.approved,
        taperStartedOn: row.taper_started_on,
        stopResolvedOn: row.stop_resolved_on,
        switchedTo: row.switched_to,
      },
    ]),
  );
}

/** Rows grouped by patient, in their query order. */
function byPatient<T extends { patientId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.patientId);
    if (group) group.push(row);
    else groups.set(row.patientId, [row]);
  }
  return groups;
}

/**
 * The caseload row of a patient from their summary: the one mapping for every writer of the table.
 * `switchedTo` is the target of the completed switch that ended the course; kept only while the
 * patient's status is `switched`.
 */
export function summaryRowOf(
  patient: Pick<Patient, 'id' | 'careTeamId' | 'status' | 'familyName' | 'givenName' | 'mrn'>,
  summary: PatientSummary,
  today: ClinicalDate,
  switchedTo: SwitchTo | null,
): Omit<PatientSummaryRow, 'patient' | 'updatedAt'> {
  const target = patient.status === 'switched' ? switchedTo : null;
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
    lastRelapseUseOn: summary.lastRelapseUseOn,
    relapseOngoing: summary.relapseOngoing,
    earlyRelapse: summary.earlyRelapse,
    flags: summary.flags,
    switchedTo: target?.medication ?? null,
    switchedToProgram: target?.prescribedBy === 'other_program' ? (target.program ?? null) : null,
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
  const [row] = await rebuildPatientSummaries(manager, [patient], today, settings);
  if (!row) throw new Error(`no caseload row rebuilt for patient ${patient.id}`);
  return row;
}

/** Caseload rows written per statement: 33 parameters a row, well under PostgreSQL's 65,535. */
const UPSERT_BATCH = 1_000;

/**
 * rebuildPatientSummary for many patients at once (a batch of imported rows): one query per table
 * for all of them, the rules per patient in memory, and the rows upserted together. The same
 * conditions hold: inside the writing transaction, holding the patients' locks. Flags that appear
 * or clear on the way open or close their outreach tasks in the same transaction.
 */
export async function rebuildPatientSummaries(
  manager: EntityManager,
  patients: readonly Patient[],
  today: ClinicalDate,
  settings: ClinicalSettings,
): Promise<PatientSummaryRow[]> {
  if (patients.length === 0) return [];
  const where = { patientId: In(patients.map((p) => p.id)) };
  // Newest first: a patient's first start here is the one in force.
  const starts = byPatient(
    await manager.find(NaltrexoneStart, { where, order: { startedOn: 'DESC', createdAt: 'DESC' } }),
  );
  const medicationEvents = byPatient(await manager.find(MedicationEvent, { where }));
  const sessions = byPatient(await manager.find(TherapySession, { where }));
  const observations = byPatient(await manager.find(Observation, { where }));
  const relapses = byPatient(await manager.find(RelapseEvent, { where }));
  const assessments = byPatient(
    await manager.find(SafetyAssessment, { where, select: { patientId: true, assessedOn: true } }),
  );
  const before = await rowsBefore(
    manager,
    patients.map((p) => p.id),
  );
  const facts = await discontinuationFacts(
    manager,
    patients.map((p) => ({ patientId: p.id, startedAt: starts.get(p.id)?.[0]?.createdAt ?? null })),
  );

  const rows = patients.map((patient) => {
    const start = starts.get(patient.id)?.[0];
    const { switchedTo = null, ...decided } = facts.get(patient.id) ?? {};
    const summary = summarizePatient(
      {
        today,
        sex: patient.sex,
        diagnoses: patient.diagnoses,
        status: patient.status,
        naltrexoneStart: start ? { startedOn: start.startedOn, formulation: start.formulation } : null,
        medicationEvents: medicationEvents.get(patient.id) ?? [],
        sessions: (sessions.get(patient.id) ?? []).map((s) => ({
          scheduledAt: s.scheduledAt.toISOString(),
          scheduledOn: s.scheduledOn,
          status: s.status,
        })),
        observations: (observations.get(patient.id) ?? []).map(toSummaryObservation).filter((o) => o !== null),
        recordedRelapses: (relapses.get(patient.id) ?? []).map((r) => ({
          substance: r.substance,
          onsetOn: r.onsetOn,
          lastUseOn: r.lastUseOn,
        })),
        safetyAssessedOn: (assessments.get(patient.id) ?? []).map((a) => a.assessedOn),
        hasApprovedDiscontinuation: false,
        taperStartedOn: null,
        stopResolvedOn: null,
        ...decided,
      },
      settings,
    );
    return manager.create(PatientSummaryRow, summaryRowOf(patient, summary, today, switchedTo));
  });
  for (let i = 0; i < rows.length; i += UPSERT_BATCH) {
    await manager.upsert(PatientSummaryRow, rows.slice(i, i + UPSERT_BATCH), ['patientId']);
  }
  await followFlagChanges(
    manager,
    rows.map((row) => ({
      patientId: row.patientId,
      careTeamId: row.careTeamId,
      before: before.get(row.patientId),
      after: row.flags,
    })),
    today,
  );
  return rows;
}
