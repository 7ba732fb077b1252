import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteSession } from '../auth';
import { forgetSession } from '../session-cache';

/** Sign-out. The cache is cleared even when the API cannot be reached: this screen is done either way. */
export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSession(),
    onSettled: () => forgetSession(queryClient),
  });
}
