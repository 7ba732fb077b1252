import { useQuery } from '@tanstack/react-query';
import { getPatientOutreachTasks } from '../outreach';
import { queryKeys } from '../query-keys';

export function useFetchPatientOutreachTasks(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.outreachTasks(patientId),
    queryFn: ({ signal }) => getPatientOutreachTasks(patientId, signal),
  });
}
