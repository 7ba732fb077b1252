import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Credentials, createSession } from '../auth';
import { rememberSession } from '../session-cache';

/** Sign-in. On success the current user is in the cache, which moves the app past the sign-in page. */
export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => createSession(credentials),
    onSuccess: (user) => rememberSession(queryClient, user),
    // The variables hold the password: drop the mutation as soon as the form lets go of it.
    gcTime: 0,
  });
}
