import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type CurrentUser, getCurrentUser } from '../auth';
import { queryKeys } from '../query-keys';
import { resetForAnotherUser } from '../session-cache';

/**
 * Re-asked at most once a minute (and when the tab regains focus after that), so a session that
 * expired while the tab was in the background is noticed on return. Never polled: asking would
 * keep an idle session alive.
 */
const CURRENT_USER_STALE_MS = 60_000;

/** The signed-in user; `data` is null when nobody is signed in, which is not an error. */
export function useFetchCurrentUser() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.auth.currentUser,
    queryFn: async ({ signal }) => {
      const user = await getCurrentUser(signal);
      const previous = queryClient.getQueryData<CurrentUser | null>(queryKeys.auth.currentUser);
      // Someone else signed in from another tab: what this tab cached was for the previous user.
      if (previous && user && previous.id !== user.id) resetForAnotherUser(queryClient);
      return user;
    },
    staleTime: CURRENT_USER_STALE_MS,
  });
}
