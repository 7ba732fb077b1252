import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createDiscontinuationRequest, type NewDiscontinuationRequest } from '../discontinuation';
import { queryKeys } from '../query-keys';

/** Proposes a taper or stop; the request list, timeline and patient status are refetched. */
export function useCreateDiscontinuationRequest(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewDiscontinuationRequest) => createDiscontinuationRequest(patientId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
  });
}
