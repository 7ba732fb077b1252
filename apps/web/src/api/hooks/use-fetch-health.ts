import { useQuery } from '@tanstack/react-query';
import { getHealth } from '../health';
import { queryKeys } from '../query-keys';

/** How often the header re-checks the API and its database. */
export const HEALTH_POLL_INTERVAL_MS = 30_000;

export function useFetchHealth() {
  return useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: HEALTH_POLL_INTERVAL_MS,
    // A health answer is only true the moment it arrives.
    staleTime: 0,
  });
}
