import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';

/** After an outreach write: the patient's tasks and timeline, and the caseload's outreach column. */
export function invalidatePatientOutreach(queryClient: QueryClient, patientId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
  ]);
}
