import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { getToday } from '../today';

/** The worklist changes as teammates record: refreshed every minute while the page is open. */
const TODAY_REFRESH_MS = 60_000;

/**
 * Fetched again whenever the page opens: a clinician back from a patient they just worked on
 * (a task closed by an injection, an attempt logged) must not see the line as it was.
 */
const TODAY_STALE_MS = 0;

export function useFetchToday() {
  return useQuery({
    queryKey: queryKeys.today,
    queryFn: ({ signal }) => getToday(signal),
    refetchInterval: TODAY_REFRESH_MS,
    staleTime: TODAY_STALE_MS,
  });
}
