import { useQuery } from '@tanstack/react-query';
import { getApprovalsInbox } from '../discontinuation';
import { queryKeys } from '../query-keys';

/** Teammates propose between appointments: refresh the inbox (and the nav badge) every minute. */
const INBOX_REFRESH_MS = 60_000;

export function useFetchApprovalsInbox() {
  return useQuery({
    queryKey: queryKeys.approvals.inbox(),
    queryFn: ({ signal }) => getApprovalsInbox(signal),
    refetchInterval: INBOX_REFRESH_MS,
  });
}
