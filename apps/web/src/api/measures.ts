import type { ClinicalDate, MeasureId } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** One month of a measure's trend. `month` is YYYY-MM; `rate` is null when nobody is counted. */
export type MeasureTrendPoint = ApiSchema<'MeasureTrendPointDto'>;

/** A patient (for an outreach measure, a task) in a measure's denominator, as the drill-down lists them. */
export type MeasurePatient = ApiSchema<'MeasurePatientDto'>;

/** One measure of `GET /api/measures`. Mirrors the API's MeasureResultDto. */
export type MeasureResult = ApiSchema<'MeasureResultDto'>;

export type MeasuresReport = ApiSchema<'MeasuresReportDto'>;

/** The period and team the measures are asked for; they live in the page URL (no PHI). */
export interface MeasuresFilters {
  from: ClinicalDate;
  to: ClinicalDate;
  careTeamId?: string;
}

export function getMeasures(filters: MeasuresFilters, signal?: AbortSignal): Promise<MeasuresReport> {
  return apiClient.get<MeasuresReport>('/measures', { signal, query: { ...filters } });
}

/** One measure with the patients in and out of its numerator. */
export function getMeasurePatients(
  filters: MeasuresFilters,
  measure: MeasureId,
  signal?: AbortSignal,
): Promise<MeasuresReport> {
  return apiClient.get<MeasuresReport>('/measures', { signal, query: { ...filters, measure, include: 'patients' } });
}
