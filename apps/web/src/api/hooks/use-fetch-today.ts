import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { getToday } from '../today';

/** The worklist changes as teammates record: refreshed every minute while the page is open. */
const TODAY_REFRESH_MS = 60_000;

export function useFetchToday() {
  return useQuery({
    queryKey: queryKeys.today,
    queryFn: ({ signal }) => getToday(signal),
    refetchInterval: TODAY_REFRESH_MS,
  });
}
