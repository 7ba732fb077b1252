import type { ClinicalDate, CravingCue, ObservationKind, ScreenResult, UdsSubstance } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type Observation = ApiSchema<'ObservationViewDto'>;

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

/**
 * The body of `POST /patients/:id/observations`. Each kind takes its own fields and the API refuses
 * a field of another kind by name, so only the chosen kind's fields are sent.
 */
export interface NewObservation {
  kind: ObservationKind;
  observedOn: ClinicalDate;
  /** pacs and the instruments: the item scores; an unanswered item goes as null so the API names `items`. */
  items?: (number | null)[];
  /** craving_vas, breath_alcohol, drinks, self_reported_use. */
  value?: number | null;
  /** uds: the substances tested. */
  results?: Partial<Record<UdsSubstance, ScreenResult>>;
  /** self_reported_use: what was used. */
  substance?: string;
  /** pacs and craving_vas: what set the craving off. */
  cues?: CravingCue[];
  /** With the cue other: what it was. */
  cueNote?: string;
}

export function createObservation(patientId: string, observation: NewObservation): Promise<Observation> {
  return apiClient.post<Observation>(`/patients/${encodeURIComponent(patientId)}/observations`, observation);
}
