import { useQuery } from '@tanstack/react-query';
import { getPatientAdherence } from '../patients';
import { queryKeys } from '../query-keys';

/** Adherence over the API's default period, the caseload's PDC window: the last 90 days, or since the current start. */
export function useFetchPatientAdherence(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.adherence(patientId),
    queryFn: ({ signal }) => getPatientAdherence(patientId, {}, signal),
  });
}
