import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createNaltrexoneStart, type NewNaltrexoneStart } from '../medication';
import { queryKeys } from '../query-keys';

/**
 * Starts naltrexone (or re-starts it after a discontinuation). The patient's status, formulation,
 * days on naltrexone and early-relapse window all follow from it, so everything is refetched.
 */
export function useCreateNaltrexoneStart(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (start: NewNaltrexoneStart) => createNaltrexoneStart(patientId, start),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
      ]),
  });
}
