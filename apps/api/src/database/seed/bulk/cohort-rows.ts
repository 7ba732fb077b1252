import { type ClinicalDate, type ClinicalSettings, evaluateReadiness, requiredApprovals } from '@naltrack/domain';
import type { DataSource } from 'typeorm';
import { CareTeam } from '../../../care-teams/care-team.entity.js';
import { PatientSummaryRow } from '../../../caseload/patient-summary.entity.js';
import { summaryRowOf } from '../../../caseload/rebuild-patient-summary.js';
import { CareTeamMembership } from '../../../clinicians/care-team-membership.entity.js';
import { Clinician } from '../../../clinicians/clinician.entity.js';
import { DiscontinuationDecision } from '../../../discontinuation/discontinuation-decision.entity.js';
import { DiscontinuationRequest } from '../../../discontinuation/discontinuation-request.entity.js';
import { MedicationEvent } from '../../../medication/medication-event.entity.js';
import { NaltrexoneStart } from '../../../medication/naltrexone-start.entity.js';
import { Observation } from '../../../observations/observation.entity.js';
import { Patient } from '../../../patients/patient.entity.js';
import { RelapseEvent } from '../../../relapses/relapse-event.entity.js';
import { SafetyAssessment } from '../../../safety/safety-assessment.entity.js';
import { TherapySession } from '../../../therapy/therapy-session.entity.js';
import { demoSwitchedTo, summarizeDemoPatient } from '../demo-summary.js';
import type { DemoCareTeam, DemoClinician, DemoPatient } from '../demo-types.js';
import { type BulkRow, type BulkTable, bulkTable } from './bulk-table.js';
import type { SequentialUuids } from './sequential-uuids.js';

/** Every table the cohort fills, in an order that satisfies the foreign keys. */
export function cohortTables(dataSource: DataSource) {
  return {
    careTeam: bulkTable(dataSource, CareTeam, ['id', 'code', 'name']),
    clinician: bulkTable(dataSource, Clinician, ['id', 'email', 'displayName', 'roles']),
    membership: bulkTable(dataSource, CareTeamMembership, ['careTeamId', 'clinicianId']),
    patient: bulkTable(dataSource, Patient, [
      'id',
      'mrn',
      'givenName',
      'familyName',
      'birthDate',
      'sex',
      'diagnoses',
      'careTeamId',
      'status',
      'enrolledOn',
      'version',
    ]),
    start: bulkTable(dataSource, NaltrexoneStart, [
      'id',
      'patientId',
      'formulation',
      'doseMg',
      'startedOn',
      'lastOpioidUseOn',
      'priorAgonist',
      'naloxoneChallenge',
      'opioidScreen',
      'lft',
      'overriddenFailures',
      'overrideReason',
      'isReinduction',
      'startedBy',
    ]),
    medicationEvent: bulkTable(dataSource, MedicationEvent, [
      'id',
      'patientId',
      'kind',
      'formulation',
      'occurredOn',
      'daysSupply',
      'doseMg',
      'observed',
      'lot',
      'site',
      'note',
      'recordedBy',
    ]),
    session: bulkTable(dataSource, TherapySession, [
      'id',
      'patientId',
      'scheduledAt',
      'scheduledOn',
      'type',
      'modality',
      'clinicianId',
      'status',
      'copingSkills',
      'version',
    ]),
    observation: bulkTable(dataSource, Observation, [
      'id',
      'patientId',
      'kind',
      'observedOn',
      'items',
      'value',
      'results',
      'substance',
      'score',
      'cues',
      'cueNote',
      'recordedBy',
    ]),
    relapse: bulkTable(dataSource, RelapseEvent, [
      'id',
      'patientId',
      'onsetOn',
      'substance',
      'source',
      'rule',
      'early',
      'note',
      'confirmedBy',
    ]),
    safety: bulkTable(dataSource, SafetyAssessment, ['id', 'patientId', 'assessedOn', 'outcome', 'plan', 'assessedBy']),
    request: bulkTable(dataSource, DiscontinuationRequest, [
      'id',
      'patientId',
      'kind',
      'reasonCode',
      'reason',
      'effectiveOn',
      'plan',
      'status',
      'proposedBy',
      'readinessSnapshot',
      'requiredApprovals',
      'startedOn',
      'completedOn',
      'naloxoneKitProvided',
      'overdoseRiskCounselled',
      'switchTo',
      'switchPlan',
      'switchFacts',
      'handOffNote',
      'version',
    ]),
    decision: bulkTable(dataSource, DiscontinuationDecision, [
      'id',
      'requestId',
      'clinicianId',
      'decision',
      'roles',
      'comment',
    ]),
    summary: bulkTable(dataSource, PatientSummaryRow, [
      'patientId',
      'careTeamId',
      'status',
      'familyName',
      'givenName',
      'mrn',
      'asOf',
      'formulation',
      'startedOn',
      'daysOnNaltrexone',
      'pdc30',
      'pdc90',
      'lastDoseOn',
      'lastOralDoseOn',
      'injectionLastOn',
      'injectionDueOn',
      'injectionStatus',
      'coveredThrough',
      'attendanceRate90',
      'lastSessionOn',
      'lastVisitOn',
      'noShowsInARow',
      'latestPacs',
      'latestPacsOn',
      'lastPositiveScreenOn',
      'relapseCount',
      'lastRelapseOn',
      'lastRelapseUseOn',
      'relapseOngoing',
      'earlyRelapse',
      'flags',
      'switchedTo',
      'switchedToProgram',
    ]),
  } satisfies Record<string, BulkTable>;
}

export type CohortTables = ReturnType<typeof cohortTables>;
export type CohortTableName = keyof CohortTables;

/** The patient tables in foreign-key order: a chunk is written table by table in this order. */
export const PATIENT_TABLES = [
  'patient',
  'start',
  'medicationEvent',
  'session',
  'observation',
  'relapse',
  'safety',
  'request',
  'decision',
  'summary',
] as const satisfies readonly CohortTableName[];

/** Ids of the teams and clinicians already written, by demo code and email. */
export interface CohortStaff {
  teamIds: ReadonlyMap<string, string>;
  clinicians: ReadonlyMap<string, { id: string; roles: readonly string[] }>;
}

/** Team, clinician and membership rows with fresh ids, and the staff map the patients refer to. */
export function staffRows(
  teams: readonly DemoCareTeam[],
  clinicians: readonly DemoClinician[],
  ids: SequentialUuids,
): { rows: Pick<Record<CohortTableName, BulkRow[]>, 'careTeam' | 'clinician' | 'membership'>; staff: CohortStaff } {
  const teamIds = new Map(teams.map((team) => [team.code, ids.next()]));
  const byEmail = new Map(clinicians.map((c) => [c.email, { id: ids.next(), roles: c.roles }]));
  return {
    rows: {
      careTeam: teams.map((team) => ({ id: teamIds.get(team.code), code: team.code, name: team.name })),
      clinician: clinicians.map((c) => ({
        id: byEmail.get(c.email)?.id,
        email: c.email,
        displayName: c.displayName,
        roles: c.roles,
      })),
      membership: clinicians.flatMap((c) =>
        c.teamCode === null ? [] : [{ careTeamId: teamIds.get(c.teamCode), clinicianId: byEmail.get(c.email)?.id }],
      ),
    },
    staff: { teamIds, clinicians: byEmail },
  };
}

/**
 * One chunk of patients as table rows, with the caseload row computed by the domain rules in
 * memory (as rebuildPatientSummary would from the stored rows), so no patient is read back.
 */
export class PatientChunk {
  readonly rows: Record<(typeof PATIENT_TABLES)[number], BulkRow[]> = {
    patient: [],
    start: [],
    medicationEvent: [],
    session: [],
    observation: [],
    relapse: [],
    safety: [],
    request: [],
    decision: [],
    summary: [],
  };
  patients = 0;
  events = 0;

  constructor(
    private readonly staff: CohortStaff,
    private readonly ids: SequentialUuids,
    private readonly today: ClinicalDate,
    private readonly settings: ClinicalSettings,
  ) {}

  add(p: DemoPatient): void {
    const { rows, ids } = this;
    const by = (email: string | null) => (email === null ? null : (this.staff.clinicians.get(email)?.id ?? null));
    const patient = {
      id: ids.next(),
      mrn: p.mrn,
      givenName: p.givenName,
      familyName: p.familyName,
      birthDate: p.birthDate,
      sex: p.sex,
      diagnoses: p.diagnoses,
      careTeamId: this.staff.teamIds.get(p.teamCode) ?? '',
      status: p.status,
      enrolledOn: p.enrolledOn,
      version: 1,
    };
    const patientId = patient.id;
    rows.patient.push(patient);
    for (const { startedBy, ...s } of p.starts) {
      rows.start.push({
        ...s,
        id: ids.next(),
        patientId,
        overriddenFailures: [],
        overrideReason: null,
        startedBy: by(startedBy),
      });
    }
    for (const { recordedBy, ...e } of p.medicationEvents) {
      rows.medicationEvent.push({ ...e, id: ids.next(), patientId, recordedBy: by(recordedBy) });
    }
    for (const { clinician, ...s } of p.sessions) {
      rows.session.push({ ...s, id: ids.next(), patientId, clinicianId: by(clinician), version: 1 });
    }
    for (const { recordedBy, ...o } of p.observations) {
      rows.observation.push({ ...o, id: ids.next(), patientId, recordedBy: by(recordedBy) });
    }
    for (const { confirmedBy, ...r } of p.relapses) {
      rows.relapse.push({
        ...r,
        id: ids.next(),
        patientId,
        source: 'recorded',
        rule: null,
        confirmedBy: by(confirmedBy),
      });
    }
    for (const { assessedBy, ...a } of p.safetyAssessments ?? []) {
      rows.safety.push({ ...a, id: ids.next(), patientId, assessedBy: by(assessedBy) });
    }

    const summary = summarizeDemoPatient(p, this.today, this.settings);
    if (p.discontinuations.length > 0) {
      const readiness = evaluateReadiness(
        { today: this.today, naltrexoneStartedOn: summary.startedOn, ...summary },
        this.settings,
      );
      for (const { decisions, proposedBy, ...d } of p.discontinuations) {
        const requestId = ids.next();
        const completed = d.status === 'completed' ? true : null;
        rows.request.push({
          ...d,
          id: requestId,
          patientId,
          proposedBy: by(proposedBy),
          readinessSnapshot: d.kind === 'switch' ? null : readiness,
          requiredApprovals: requiredApprovals(),
          naloxoneKitProvided: completed,
          overdoseRiskCounselled: completed,
          version: 1,
        });
        for (const decision of decisions) {
          const clinician = this.staff.clinicians.get(decision.clinician);
          rows.decision.push({
            id: ids.next(),
            requestId,
            clinicianId: clinician?.id,
            decision: decision.decision,
            roles: clinician?.roles ?? [],
            comment: decision.comment,
          });
        }
      }
    }
    rows.summary.push(summaryRowOf(patient, summary, this.today, demoSwitchedTo(p)));

    this.patients++;
    // Clinical events: starts, doses and injections, sessions, observations and relapses.
    this.events +=
      p.starts.length + p.medicationEvents.length + p.sessions.length + p.observations.length + p.relapses.length;
  }
}
