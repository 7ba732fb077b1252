import { useQuery } from '@tanstack/react-query';
import { getFlagAcknowledgements } from '../outreach';
import { queryKeys } from '../query-keys';

/** The patient's flag acknowledgements still in force. */
export function useFetchPatientFlagAcknowledgements(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.flagAcknowledgements(patientId),
    queryFn: ({ signal }) => getFlagAcknowledgements(patientId, signal),
  });
}
