import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enableTotp } from '../auth';
import { queryKeys } from '../query-keys';

/** Turns the second factor on, then re-reads the user so `totpSetupRequired` clears and the app opens. */
export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => enableTotp(code),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auth.currentUser }),
  });
}
