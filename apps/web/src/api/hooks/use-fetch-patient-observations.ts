import { useQuery } from '@tanstack/react-query';
import { getObservations } from '../observations';
import { queryKeys } from '../query-keys';

/** Every observation kind at once: the cravings chart needs PACS, VAS and drug screens together. */
export function useFetchPatientObservations(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.observations(patientId),
    queryFn: ({ signal }) => getObservations(patientId, undefined, signal),
  });
}
