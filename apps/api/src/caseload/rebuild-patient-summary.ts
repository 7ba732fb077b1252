import {
  type ClinicalDate,
  type ClinicalSettings,
  type PatientSummary,
  type SummaryObservation,
  type SwitchTo,
  summarizePatient,
} from '@naltrack/domain';
import type { EntityManager } from 'typeorm';
import type { Patient } from '../patients/patient.entity.js';
import { followFlagChanges } from './flag-outreach.js';
import { PatientSummaryRow } from './patient-summary.entity.js';
import { type ObservationFields, type RebuildInputs, readRebuildInputs } from './rebuild-inputs.js';
import { upsertSummaryRows } from './upsert-summary-rows.js';

/** An observation row as the clinical rules read it; null for one they cannot use. */
export function toSummaryObservation(row: ObservationFields): SummaryObservation | null {
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
    lastVisitOn: summary.lastVisitOn,
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
  patientId: string,
  today: ClinicalDate,
  settings: ClinicalSettings,
): Promise<PatientSummaryRow> {
  const [row] = await rebuildPatientSummaries(manager, [patientId], today, settings);
  if (!row) throw new Error(`no caseload row rebuilt for patient ${patientId}`);
  return row;
}

/** The rules' summary of one patient from the inputs read for their rebuild. */
function summarize(inputs: RebuildInputs, today: ClinicalDate, settings: ClinicalSettings): PatientSummary {
  const { patient, start } = inputs;
  return summarizePatient(
    {
      today,
      sex: patient.sex,
      diagnoses: patient.diagnoses,
      status: patient.status,
      naltrexoneStart: start,
      medicationEvents: inputs.medicationEvents,
      sessions: inputs.sessions,
      observations: inputs.observations.map(toSummaryObservation).filter((o) => o !== null),
      recordedRelapses: inputs.relapses,
      safetyAssessedOn: inputs.safetyAssessedOn,
      hasApprovedDiscontinuation: inputs.hasApprovedDiscontinuation,
      taperStartedOn: inputs.taperStartedOn,
      stopResolvedOn: inputs.stopResolvedOn,
    },
    settings,
  );
}

/**
 * rebuildPatientSummary for many patients at once (a batch of imported rows): one statement reads
 * every input of all of them, the rules run per patient in memory, and the rows are upserted
 * together. The same conditions hold: inside the writing transaction, holding the patients' locks.
 * Flags that appear or clear on the way open or close their outreach tasks in the same transaction.
 */
export async function rebuildPatientSummaries(
  manager: EntityManager,
  patientIds: readonly string[],
  today: ClinicalDate,
  settings: ClinicalSettings,
): Promise<PatientSummaryRow[]> {
  if (patientIds.length === 0) return [];
  const inputs = [...(await readRebuildInputs(manager, patientIds)).values()];
  const rebuilt = inputs.map((input) => ({
    before: input.before ?? undefined,
    row: manager.create(
      PatientSummaryRow,
      summaryRowOf(input.patient, summarize(input, today, settings), today, input.switchedTo),
    ),
  }));
  const rows = rebuilt.map(({ row }) => row);
  await upsertSummaryRows(manager, rows);
  await followFlagChanges(
    manager,
    rebuilt.map(({ before, row }) => ({
      patientId: row.patientId,
      careTeamId: row.careTeamId,
      before,
      after: row.flags,
    })),
    today,
  );
  return rows;
}
