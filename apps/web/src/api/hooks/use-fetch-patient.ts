import { useQuery } from '@tanstack/react-query';
import { getPatient } from '../patients';
import { queryKeys } from '../query-keys';

/** One patient with their summary metrics; 404 means missing or not on the caller's teams. */
export function useFetchPatient(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.detail(patientId),
    queryFn: ({ signal }) => getPatient(patientId, signal),
  });
}
