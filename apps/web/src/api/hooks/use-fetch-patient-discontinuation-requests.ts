import { useQuery } from '@tanstack/react-query';
import { getDiscontinuationRequests } from '../discontinuation';
import { queryKeys } from '../query-keys';

export function useFetchPatientDiscontinuationRequests(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.discontinuationRequests(patientId),
    queryFn: ({ signal }) => getDiscontinuationRequests(patientId, signal),
  });
}
