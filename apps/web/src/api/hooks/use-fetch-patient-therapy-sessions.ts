import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { getTherapySessions } from '../therapy';

/** The patient's therapy sessions, newest first. */
export function useFetchPatientTherapySessions(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.therapySessions(patientId),
    queryFn: ({ signal }) => getTherapySessions(patientId, signal),
  });
}
