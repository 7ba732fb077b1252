import type { ClinicalDate, SafetyOutcome } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type SafetyAssessment = ApiSchema<'SafetyAssessmentViewDto'>;

export function getSafetyAssessments(patientId: string, signal?: AbortSignal): Promise<SafetyAssessment[]> {
  return apiClient.get<SafetyAssessment[]>(`/patients/${encodeURIComponent(patientId)}/safety-assessments`, {
    signal,
  });
}

/** The body of `POST /patients/:id/safety-assessments`: it clears a suicide_risk flag raised on or before its day. */
export interface NewSafetyAssessment {
  assessedOn: ClinicalDate;
  outcome: SafetyOutcome;
  plan: string;
}

export function createSafetyAssessment(patientId: string, assessment: NewSafetyAssessment): Promise<SafetyAssessment> {
  return apiClient.post<SafetyAssessment>(`/patients/${encodeURIComponent(patientId)}/safety-assessments`, assessment);
}
