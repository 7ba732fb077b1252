import { useMutation } from '@tanstack/react-query';
import { createTotpSetup } from '../auth';

/** A new authenticator secret for the signed-in user; each call replaces the previous one. */
export function useCreateTotpSetup() {
  return useMutation({
    mutationFn: () => createTotpSetup(),
    gcTime: 0,
  });
}
