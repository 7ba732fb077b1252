import { useQuery } from '@tanstack/react-query';
import { getMedicationEvents } from '../medication';
import { queryKeys } from '../query-keys';

export function useFetchPatientMedicationEvents(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.medicationEvents(patientId),
    queryFn: ({ signal }) => getMedicationEvents(patientId, signal),
  });
}
