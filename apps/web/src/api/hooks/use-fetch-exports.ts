import { useQuery } from '@tanstack/react-query';
import { getExportJobs, isRunning } from '../exports';
import { queryKeys } from '../query-keys';

const POLL_WHILE_RUNNING_MS = 2_000;

/** The user's recent background exports; refreshed while one of them is still running. */
export function useFetchExports() {
  return useQuery({
    queryKey: queryKeys.exports.list(),
    queryFn: ({ signal }) => getExportJobs(signal),
    refetchInterval: (query) => (query.state.data?.some(isRunning) ? POLL_WHILE_RUNNING_MS : false),
  });
}
