import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createDiscontinuationDecision, type NewDecision } from '../discontinuation';
import { queryKeys } from '../query-keys';

/**
 * Approves or rejects a request; a decision can change its status and the patient's, and takes it
 * out of the approvals inbox, so all of them are refetched.
 */
export function useCreateDiscontinuationDecision(patientId: string, requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: NewDecision) => createDiscontinuationDecision(requestId, decision),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.approvals.all }),
      ]),
  });
}
