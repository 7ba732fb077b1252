import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createDiscontinuationDecision, type NewDecision } from '../discontinuation';
import { queryKeys } from '../query-keys';

/** Approves or rejects a request; a decision can change its status and the patient's, so both are refetched. */
export function useCreateDiscontinuationDecision(patientId: string, requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: NewDecision) => createDiscontinuationDecision(requestId, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
  });
}
