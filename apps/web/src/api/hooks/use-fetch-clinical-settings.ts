import { useQuery } from '@tanstack/react-query';
import { getClinicalSettings } from '../clinical-settings';
import { queryKeys } from '../query-keys';

/** The clinic's clinical settings: they change only when the server restarts, so asked once. */
export function useFetchClinicalSettings() {
  return useQuery({
    queryKey: queryKeys.clinicalSettings,
    queryFn: ({ signal }) => getClinicalSettings(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
