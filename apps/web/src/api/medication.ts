import type { ClinicalDate, Formulation, MedicationEventKind } from '@naltrack/domain';
import { apiClient } from './api-client';

export interface MedicationEvent {
  id: string;
  kind: MedicationEventKind;
  formulation: Formulation;
  occurredOn: ClinicalDate;
  daysSupply: number | null;
  doseMg: number | null;
  observed: boolean | null;
  lot: string | null;
  site: string | null;
  note: string | null;
}

/**
 * The body of `POST /patients/:id/medication-events`. Fields the API refuses for a kind (e.g. lot
 * on an oral dose) are left out rather than sent empty.
 */
export interface NewMedicationEvent {
  kind: MedicationEventKind;
  formulation: Formulation;
  occurredOn: ClinicalDate;
  daysSupply?: number;
  doseMg?: number;
  observed?: boolean;
  lot?: string;
  site?: string;
  note?: string;
}

const eventsPath = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/medication-events`;

export function getMedicationEvents(patientId: string, signal?: AbortSignal): Promise<MedicationEvent[]> {
  return apiClient.get<MedicationEvent[]>(eventsPath(patientId), { signal });
}

export function createMedicationEvent(patientId: string, event: NewMedicationEvent): Promise<MedicationEvent> {
  return apiClient.post<MedicationEvent>(eventsPath(patientId), event);
}
