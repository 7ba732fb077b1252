import type { ClinicalDate, SafetyOutcome } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type SafetyAssessment = ApiSchema<'SafetyAssessmentViewDto'>;

/** The body of `POST /patients/:id/safety-assessments`: it clears a suicide_risk flag raised on or before its day. */
export interface NewSafetyAssessment {
  assessedOn: ClinicalDate;
  outcome: SafetyOutcome;
  plan: string;
}

export function createSafetyAssessment(patientId: string, assessment: NewSafetyAssessment): Promise<SafetyAssessment> {
  return apiClient.post<SafetyAssessment>(`/patients/${encodeURIComponent(patientId)}/safety-assessments`, assessment);
}
