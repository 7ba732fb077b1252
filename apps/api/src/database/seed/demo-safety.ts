import { PHQ9_SUICIDE_ITEM, scoreInstrument } from '@naltrack/domain';
import type { DemoObservation, DemoPatient } from './demo-types.js';

/** The struggling patients (by their ordinal in the team) whose last PHQ-9 answers item 9 with 1. */
const UNASSESSED_ORDINAL = 2;
const ASSESSED_ORDINAL = 3;

/**
 * The demo's safety story, on two struggling patients of each team: one whose last PHQ-9 answered
 * item 9 above 0 with no safety assessment yet (the suicide_risk flag, first on Today), and one
 * whose therapist assessed the same day, which cleared it.
 */
export function withSafety(patient: DemoPatient, ordinal: number): DemoPatient {
  if (patient.trajectory !== 'struggling' || (ordinal !== UNASSESSED_ORDINAL && ordinal !== ASSESSED_ORDINAL)) {
    return patient;
  }
  const last = patient.observations.findLast((o) => o.kind === 'phq9' && o.items !== null);
  if (!last?.items) return patient;
  const positive = positiveItem9(last, patient.sex);
  const observations = patient.observations.map((o) => (o === last ? positive : o));
  if (ordinal === UNASSESSED_ORDINAL || last.recordedBy === null) return { ...patient, observations };
  return {
    ...patient,
    observations,
    safetyAssessments: [
      {
        assessedOn: last.observedOn,
        outcome: 'low',
        plan: 'Passive thoughts, no plan or intent. Safety plan written with the patient; crisis line numbers given; review at the next session.',
        assessedBy: last.recordedBy,
      },
    ],
  };
}

function positiveItem9(phq9: DemoObservation, sex: DemoPatient['sex']): DemoObservation {
  const items = (phq9.items ?? []).map((score, i) => (i === PHQ9_SUICIDE_ITEM - 1 ? 1 : score));
  const score = scoreInstrument('phq9', items, sex);
  return { ...phq9, items, value: score.total, score };
}
