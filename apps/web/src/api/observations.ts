import type { ClinicalDate, ObservationKind, ScreenResult } from '@naltrack/domain';
import { apiClient } from './api-client';

export interface Observation {
  id: string;
  kind: ObservationKind;
  observedOn: ClinicalDate;
  /** PACS item scores (pacs only). */
  items: number[] | null;
  /** PACS total for pacs; the measured value for craving_vas, breath_alcohol, drinks, self_reported_use. */
  value: number | null;
  /** Drug screen results per substance (uds only). */
  results: Record<string, ScreenResult> | null;
  substance: string | null;
}

export function getObservations(
  patientId: string,
  kind?: ObservationKind,
  signal?: AbortSignal,
): Promise<Observation[]> {
  return apiClient.get<Observation[]>(`/patients/${encodeURIComponent(patientId)}/observations`, {
    query: { kind },
    signal,
  });
}
