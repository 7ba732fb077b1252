import type { ClinicalDate, RelapseRule, RelapseSubstance } from '@naltrack/domain';
import { apiClient } from './api-client';

export interface Relapse {
  /** Null for a relapse detected from the record but not stored as an event. */
  id: string | null;
  onsetOn: ClinicalDate;
  substance: RelapseSubstance;
  rule: RelapseRule | null;
  early: boolean;
  source: string;
  confirmed: boolean;
}

export function getRelapses(patientId: string, signal?: AbortSignal): Promise<Relapse[]> {
  return apiClient.get<Relapse[]>(`/patients/${encodeURIComponent(patientId)}/relapses`, { signal });
}
