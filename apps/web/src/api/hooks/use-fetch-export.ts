import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getExportJob, isRunning } from '../exports';
import { queryKeys } from '../query-keys';

const POLL_WHILE_RUNNING_MS = 1_000;

/**
 * One background export, polled every second while it is queued or running. Once it ends, the list
 * of recent exports is refreshed so it shows the outcome and the download link.
 */
export function useFetchExport(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.exports.detail(id ?? ''),
    queryFn: ({ signal }) => getExportJob(id ?? '', signal),
    enabled: id !== null,
    refetchInterval: (current) =>
      current.state.data && !isRunning(current.state.data) ? false : POLL_WHILE_RUNNING_MS,
  });
  const ended = query.data !== undefined && !isRunning(query.data);
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: queryKeys.exports.list() });
  }, [ended, queryClient]);
  return query;
}
