import { type ClinicalDate, evaluateReadiness, type ReadinessResult, requiredApprovals } from '@naltrack/domain';
import type { Logger } from 'pino';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CareTeam } from '../../care-teams/care-team.entity.js';
import { CareTeamMembership } from '../../clinicians/care-team-membership.entity.js';
import { Clinician } from '../../clinicians/clinician.entity.js';
import { DiscontinuationDecision } from '../../discontinuation/discontinuation-decision.entity.js';
import { DiscontinuationRequest } from '../../discontinuation/discontinuation-request.entity.js';
import { MedicationEvent } from '../../medication/medication-event.entity.js';
import { NaltrexoneStart } from '../../medication/naltrexone-start.entity.js';
import { Observation } from '../../observations/observation.entity.js';
import { Patient } from '../../patients/patient.entity.js';
import { RelapseEvent } from '../../relapses/relapse-event.entity.js';
import { SafetyAssessment } from '../../safety/safety-assessment.entity.js';
import { TherapySession } from '../../therapy/therapy-session.entity.js';
import { summarizeDemoPatient } from './demo-summary.js';
import type { DemoCohort, DemoPatient } from './demo-types.js';

/** Rows per multi-row INSERT: few round trips, well under PostgreSQL's 65,535 parameters. */
export const INSERT_BATCH_SIZE = 1000;

/** Inserts rows set-wise in batches and returns the generated ids in row order. */
async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
  onBatch?: (done: number) => void,
): Promise<string[]> {
  const ids: string[] = [];
  for (let done = 0; done < rows.length; done += INSERT_BATCH_SIZE) {
    const batch = rows.slice(done, done + INSERT_BATCH_SIZE);
    const result = await manager.insert(target, batch as T[]);
    for (const identifier of result.identifiers) ids.push(String(identifier.id ?? ''));
    onBatch?.(done + batch.length);
  }
  return ids;
}

/** Each patient's rows of one table, with the patient's id filled in. */
function rowsOf<R, T>(
  patients: readonly DemoPatient[],
  ids: readonly string[],
  pick: (p: DemoPatient) => R[],
  map: (row: R, patientId: string) => T,
): T[] {
  return patients.flatMap((patient, i) => pick(patient).map((row) => map(row, ids[i] ?? '')));
}

/** The readiness checklist a proposal would have shown, from the patient's demo records. */
function readinessOf(patient: DemoPatient, today: ClinicalDate): ReadinessResult {
  const s = summarizeDemoPatient(patient, today);
  return evaluateReadiness({ today, naltrexoneStartedOn: s.startedOn, ...s });
}

/**
 * Writes the whole cohort with multi-row inserts, logging progress and per-table counts.
 * Returns the inserted patients (with ids), for their caseload rows to be built.
 */
export async function insertDemoCohort(manager: EntityManager, cohort: DemoCohort, logger: Logger): Promise<Patient[]> {
  const teamIds = await insertAll(manager, CareTeam, cohort.careTeams);
  const teamId = new Map(cohort.careTeams.map((team, i) => [team.code, teamIds[i] ?? '']));

  const clinicianIds = await insertAll(
    manager,
    Clinician,
    cohort.clinicians.map(({ email, displayName, roles }) => ({ email, displayName, roles })),
  );
  const clinicianId = new Map(cohort.clinicians.map((c, i) => [c.email, clinicianIds[i] ?? '']));
  const by = (email: string | null) => (email === null ? null : (clinicianId.get(email) ?? null));
  const memberships = cohort.clinicians.flatMap((c) =>
    c.teamCode === null ? [] : [{ careTeamId: teamId.get(c.teamCode) ?? '', clinicianId: by(c.email) ?? '' }],
  );
  await insertAll(manager, CareTeamMembership, memberships);

  const total = cohort.patients.length;
  const patientRows = cohort.patients.map((p) => ({
    mrn: p.mrn,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    sex: p.sex,
    diagnoses: p.diagnoses,
    status: p.status,
    enrolledOn: p.enrolledOn,
    careTeamId: teamId.get(p.teamCode) ?? '',
  }));
  const ids = await insertAll(manager, Patient, patientRows, (done) =>
    logger.info({ done, total }, `demo cohort: ${done}/${total} patients`),
  );
  const { patients } = cohort;

  const counts: Record<string, number> = {
    care_team: teamIds.length,
    clinician: clinicianIds.length,
    care_team_membership: memberships.length,
    patient: ids.length,
  };
  const table = async <T extends ObjectLiteral>(name: string, target: EntityTarget<T>, rows: Partial<T>[]) => {
    await insertAll(manager, target, rows);
    counts[name] = rows.length;
    logger.info({ table: name, rows: rows.length }, `demo cohort: ${rows.length} ${name} rows`);
  };

  await table(
    'naltrexone_start',
    NaltrexoneStart,
    rowsOf(
      patients,
      ids,
      (p) => p.starts,
      ({ startedBy, ...s }, patientId) => ({
        ...s,
        patientId,
        overriddenFailures: [],
        overrideReason: null,
        startedBy: by(startedBy),
      }),
    ),
  );
  await table(
    'medication_event',
    MedicationEvent,
    rowsOf(
      patients,
      ids,
      (p) => p.medicationEvents,
      ({ recordedBy, ...e }, patientId) => ({
        ...e,
        patientId,
        recordedBy: by(recordedBy),
      }),
    ),
  );
  await table(
    'therapy_session',
    TherapySession,
    rowsOf(
      patients,
      ids,
      (p) => p.sessions,
      ({ clinician, scheduledAt, ...s }, patientId) => ({
        ...s,
        patientId,
        scheduledAt: new Date(scheduledAt),
        clinicianId: by(clinician),
      }),
    ),
  );
  await table(
    'observation',
    Observation,
    rowsOf(
      patients,
      ids,
      (p) => p.observations,
      ({ recordedBy, ...o }, patientId) => ({
        ...o,
        patientId,
        recordedBy: by(recordedBy),
      }),
    ),
  );
  await table(
    'relapse_event',
    RelapseEvent,
    rowsOf(
      patients,
      ids,
      (p) => p.relapses,
      ({ confirmedBy, ...r }, patientId) => ({
        ...r,
        patientId,
        source: 'recorded' as const,
        rule: null,
        confirmedBy: by(confirmedBy),
      }),
    ),
  );
  await table(
    'safety_assessment',
    SafetyAssessment,
    rowsOf(
      patients,
      ids,
      (p) => p.safetyAssessments ?? [],
      ({ assessedBy, ...a }, patientId) => ({ ...a, patientId, assessedBy: by(assessedBy) ?? '' }),
    ),
  );

  // Requests and their decisions: decisions need the request ids, so requests go in first.
  const requests = cohort.patients.flatMap((p, i) =>
    p.discontinuations.map((d) => ({ d, patientId: ids[i] ?? '', readiness: readinessOf(p, cohort.today) })),
  );
  const requestIds = await insertAll(
    manager,
    DiscontinuationRequest,
    requests.map(({ d, patientId, readiness }) => ({
      patientId,
      kind: d.kind,
      reasonCode: d.reasonCode,
      reason: d.reason,
      effectiveOn: d.effectiveOn,
      plan: d.plan,
      status: d.status,
      proposedBy: by(d.proposedBy) ?? '',
      // A switch shows approvers its facts instead of the stop-readiness checklist.
      readinessSnapshot: d.kind === 'switch' ? null : readiness,
      requiredApprovals: requiredApprovals(),
      startedOn: d.startedOn,
      completedOn: d.completedOn,
      naloxoneKitProvided: d.status === 'completed' ? true : null,
      overdoseRiskCounselled: d.status === 'completed' ? true : null,
      switchTo: d.switchTo,
      switchPlan: d.switchPlan,
      switchFacts: d.switchFacts,
      handOffNote: d.handOffNote,
    })),
  );
  counts.discontinuation_request = requestIds.length;
  await table(
    'discontinuation_decision',
    DiscontinuationDecision,
    requests.flatMap(({ d }, i) =>
      d.decisions.map((decision) => ({
        requestId: requestIds[i] ?? '',
        clinicianId: by(decision.clinician) ?? '',
        decision: decision.decision,
        roles: cohort.clinicians.find((c) => c.email === decision.clinician)?.roles ?? [],
        comment: decision.comment,
      })),
    ),
  );
  logger.info({ counts }, 'demo cohort: rows inserted');

  return patientRows.map((row, i) => manager.create(Patient, { ...row, id: ids[i] ?? '' }));
}
