import type { ClinicalDate, MeasureId } from '@naltrack/domain';
import { apiClient } from './api-client';

/** One month of a measure's trend. `month` is YYYY-MM; `rate` is null when nobody is counted. */
export interface MeasureTrendPoint {
  month: string;
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** A patient in a measure's denominator, as the drill-down lists them. */
export interface MeasurePatient {
  patientId: string;
  /** "Family, Given". */
  name: string;
  mrn: string;
  inNumerator: boolean;
  value: number | null;
  /** The value that decided, in words (e.g. "PDC 83.3%"). */
  valueLabel: string;
  /** The day the patient entered the measure: start, intake or first fill. */
  indexOn: ClinicalDate;
}

/** One measure of `GET /api/measures`. Mirrors the API's MeasureResultDto. */
export interface MeasureResult {
  id: MeasureId;
  title: string;
  description: string;
  source: string;
  lowerIsBetter: boolean;
  numerator: number;
  denominator: number;
  rate: number | null;
  /** cohort_month: each patient counted in the month of their index day; period_to_date: from `from` to each month end. */
  trendKind: 'cohort_month' | 'period_to_date';
  trend: MeasureTrendPoint[];
  /** Only when asked for with `include=patients`. */
  patients?: MeasurePatient[];
}

export interface MeasuresReport {
  from: ClinicalDate;
  to: ClinicalDate;
  /** The clinic day the record was read up to. */
  asOf: ClinicalDate;
  careTeamId: string | null;
  measures: MeasureResult[];
}

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
