import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { getRelapses } from '../relapses';

export function useFetchPatientRelapses(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.relapses(patientId),
    queryFn: ({ signal }) => getRelapses(patientId, signal),
  });
}
