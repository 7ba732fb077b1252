import { useMutation, useQueryClient } from '@tanstack/react-query';
import { completeSwitch, type SwitchHandOff } from '../discontinuation';
import { queryKeys } from '../query-keys';

/** Records the hand-off of an approved switch; the request, the patient's status and the caseload change. */
export function useCompleteSwitch(patientId: string, requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (handOff: SwitchHandOff) => completeSwitch(requestId, handOff),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
  });
}
