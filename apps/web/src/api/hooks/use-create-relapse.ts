import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { createRelapse, type NewRelapse } from '../relapses';

/** Records or confirms a relapse; the early-relapse flag, charts and timeline are refetched. */
export function useCreateRelapse(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relapse: NewRelapse) => createRelapse(patientId, relapse),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
      ]),
  });
}
