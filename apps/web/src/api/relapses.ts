import type { ClinicalDate, RelapseSubstance } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type Relapse = ApiSchema<'RelapseViewDto'>;

export function getRelapses(patientId: string, signal?: AbortSignal): Promise<Relapse[]> {
  return apiClient.get<Relapse[]>(`/patients/${encodeURIComponent(patientId)}/relapses`, { signal });
}

/** The body of `POST /patients/:id/relapses`: a new relapse, or the confirmation of a detected one. */
export interface NewRelapse {
  onsetOn: ClinicalDate;
  substance: RelapseSubstance;
  /** The last day of use the clinician knows of; screens and reports may extend it. */
  lastUseOn?: ClinicalDate;
  note?: string;
  /** Confirms the detection with this substance and onset (422 RELAPSE_NOT_DETECTED when none). */
  confirmDetected?: boolean;
}

export function createRelapse(patientId: string, relapse: NewRelapse): Promise<Relapse> {
  return apiClient.post<Relapse>(`/patients/${encodeURIComponent(patientId)}/relapses`, relapse);
}
