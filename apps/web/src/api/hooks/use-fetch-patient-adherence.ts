import { useQuery } from '@tanstack/react-query';
import { getPatientAdherence } from '../patients';
import { queryKeys } from '../query-keys';

/** Adherence over the API's default period: the 90 days up to today. */
export function useFetchPatientAdherence(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.adherence(patientId),
    queryFn: ({ signal }) => getPatientAdherence(patientId, {}, signal),
  });
}
