import {
  type ClinicalDate,
  type ClinicalSettings,
  DEFAULT_CLINICAL_SETTINGS,
  type DiscontinuationStatus,
  type PatientSummary,
  type SwitchTo,
  summarizePatient,
} from '@naltrack/domain';
import { toSummaryObservation } from '../../caseload/rebuild-patient-summary.js';
import type { Observation } from '../../observations/observation.entity.js';
import type { DemoObservation, DemoPatient } from './demo-types.js';

const APPROVED: readonly DiscontinuationStatus[] = ['approved', 'in_taper', 'completed'];

function asRow(o: DemoObservation): Observation {
  return { cues: null, cueNote: null, ...o, id: '', patientId: '', createdAt: new Date(0) };
}

/**
 * A demo patient's caseload summary as rebuildPatientSummary would compute it from the stored
 * rows, without a database: lets the generator be checked against the clinical rules directly.
 */
export function summarizeDemoPatient(
  patient: DemoPatient,
  today: ClinicalDate,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): PatientSummary {
  const latest = patient.starts.reduce<DemoPatient['starts'][number] | null>(
    (best, s) => (best === null || s.startedOn >= best.startedOn ? s : best),
    null,
  );
  return summarizePatient(
    {
      today,
      sex: patient.sex,
      diagnoses: patient.diagnoses,
      status: patient.status,
      naltrexoneStart: latest ? { startedOn: latest.startedOn, formulation: latest.formulation } : null,
      medicationEvents: patient.medicationEvents,
      sessions: patient.sessions,
      observations: patient.observations.map((o) => toSummaryObservation(asRow(o))).filter((o) => o !== null),
      recordedRelapses: patient.relapses,
      hasApprovedDiscontinuation: patient.discontinuations.some((d) => APPROVED.includes(d.status)),
      taperStartedOn: patient.discontinuations.find((d) => d.status === 'in_taper')?.startedOn ?? null,
      safetyAssessedOn: (patient.safetyAssessments ?? []).map((a) => a.assessedOn),
    },
    settings,
  );
}

/** The target of the completed switch that ended a demo patient's course, as the caseload row keeps it. */
export function demoSwitchedTo(patient: DemoPatient): SwitchTo | null {
  return patient.discontinuations.findLast((d) => d.kind === 'switch' && d.status === 'completed')?.switchTo ?? null;
}
