import type { MeasureId } from '@naltrack/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getMeasurePatients, getMeasures, type MeasuresFilters } from '../measures';
import { queryKeys } from '../query-keys';

/** Every measure's rate and monthly trend for a period and team. */
export function useFetchMeasures(filters: MeasuresFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.measures.report(filters),
    queryFn: ({ signal }) => getMeasures(filters, signal),
    enabled,
    // While another period loads, the previous cards stay instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/** One measure's drill-down: fetched only once it is opened. */
export function useFetchMeasurePatients(filters: MeasuresFilters, measure: MeasureId, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.measures.patients(filters, measure),
    queryFn: ({ signal }) => getMeasurePatients(filters, measure, signal),
    enabled,
    select: (report) => report.measures.find((m) => m.id === measure)?.patients ?? [],
  });
}
