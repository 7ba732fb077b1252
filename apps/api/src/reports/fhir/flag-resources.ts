import type { CodeableConcept, Flag, Patient, Reference } from '@medplum/fhirtypes';
import { type CaseloadFlag, FLAG_LABELS } from '@naltrack/domain';
import { FHIR_BASE, part2Meta } from './part2-labels.js';

const CASELOAD_FLAG = `${FHIR_BASE}CodeSystem/caseload-flag`;
const FLAG_CATEGORY = 'http://terminology.hl7.org/CodeSystem/flag-category';

/** R4 flag categories: medication flags are "drug", missed sessions "behavioral", the rest the patient's "clinical" data. */
const CATEGORY: Record<CaseloadFlag, 'drug' | 'behavioral' | 'clinical'> = {
  suicide_risk: 'clinical',
  injection_overdue: 'drug',
  low_adherence: 'drug',
  missed_sessions: 'behavioral',
  craving_high: 'clinical',
  positive_screen: 'clinical',
  early_relapse: 'clinical',
  stopped_without_approval: 'drug',
  relapse_during_taper: 'clinical',
  not_started: 'drug',
};

const CATEGORY_DISPLAY = { drug: 'Drug', behavioral: 'Behavioral', clinical: 'Clinical' } as const;

/**
 * One of the caseload's current flags as an active Flag. Its id joins the patient's and the flag's,
 * so every export names the same flag alike; when it began is not stored, so it has no period.
 */
export function flagResource(flag: CaseloadFlag, patientId: string, subject: Reference<Patient>): Flag {
  const category = CATEGORY[flag];
  const code: CodeableConcept = {
    coding: [{ system: CASELOAD_FLAG, code: flag, display: FLAG_LABELS[flag] }],
    text: FLAG_LABELS[flag],
  };
  return {
    resourceType: 'Flag',
    id: `${patientId}-${flag.replaceAll('_', '-')}`,
    meta: part2Meta(),
    status: 'active',
    category: [{ coding: [{ system: FLAG_CATEGORY, code: category, display: CATEGORY_DISPLAY[category] }] }],
    code,
    subject,
  };
}
