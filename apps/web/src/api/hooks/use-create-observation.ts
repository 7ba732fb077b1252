import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createObservation, type NewObservation } from '../observations';
import { queryKeys } from '../query-keys';

/**
 * Records a craving score, drug screen or drinking/use report. Latest PACS, flags, detected
 * relapses, the charts and the timeline follow from it, so everything under the patient is refetched.
 */
export function useCreateObservation(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (observation: NewObservation) => createObservation(patientId, observation),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
      ]),
  });
}
