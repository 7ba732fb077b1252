import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** `GET /api/clinical-settings`: the thresholds the clinic's rules run with (defaults with its overrides). */
export type ClinicalSettings = ApiSchema<'ClinicalSettingsDto'>;

export function getClinicalSettings(signal?: AbortSignal): Promise<ClinicalSettings> {
  return apiClient.get<ClinicalSettings>('/clinical-settings', { signal });
}
