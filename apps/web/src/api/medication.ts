import type { ChallengeResult, ClinicalDate, Formulation, LiverFunctionTests, PriorAgonist } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type MedicationEvent = ApiSchema<'MedicationEventViewDto'>;

/**
 * The body of `POST /patients/:id/medication-events`. Fields the API refuses for a kind (e.g. lot
 * on an oral dose) are left out rather than sent empty.
 */
export type NewMedicationEvent = ApiSchema<'CreateMedicationEventDto'>;

const eventsPath = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/medication-events`;

export function getMedicationEvents(patientId: string, signal?: AbortSignal): Promise<MedicationEvent[]> {
  return apiClient.get<MedicationEvent[]>(eventsPath(patientId), { signal });
}

export function createMedicationEvent(patientId: string, event: NewMedicationEvent): Promise<MedicationEvent> {
  return apiClient.post<MedicationEvent>(eventsPath(patientId), event);
}

/** A naltrexone start as `POST /patients/:id/naltrexone-starts` returns it. */
export type NaltrexoneStart = ApiSchema<'NaltrexoneStartViewDto'>;

/** Liver function tests as sent: a blank value goes as null so the API names that field. */
export type LiverFunctionTestsBody = { [K in keyof Omit<LiverFunctionTests, 'bilirubinNormal'>]: number | null } & {
  bilirubinNormal: boolean;
};

/**
 * The body of `POST /patients/:id/naltrexone-starts`. Unmet prerequisites answer 422
 * INDUCTION_PREREQUISITES_NOT_MET with `details.failures`, unless a prescriber gives `overrideReason`.
 */
export interface NewNaltrexoneStart {
  formulation: Formulation;
  doseMg: number | null;
  startedOn: ClinicalDate;
  lastOpioidUseOn?: ClinicalDate;
  priorAgonist?: PriorAgonist;
  naloxoneChallenge?: ChallengeResult;
  opioidScreen?: ChallengeResult;
  lft?: LiverFunctionTestsBody;
  overrideReason?: string;
}

export const INDUCTION_PREREQUISITES_NOT_MET = 'INDUCTION_PREREQUISITES_NOT_MET';

export function createNaltrexoneStart(patientId: string, start: NewNaltrexoneStart): Promise<NaltrexoneStart> {
  return apiClient.post<NaltrexoneStart>(`/patients/${encodeURIComponent(patientId)}/naltrexone-starts`, start);
}
