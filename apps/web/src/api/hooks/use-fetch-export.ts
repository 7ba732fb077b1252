import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type ExportJob, getExportJob, isRunning } from '../exports';
import { queryKeys } from '../query-keys';

const POLL_WHILE_RUNNING_MS = 1_000;

/**
 * One background export, polled every second while it is queued or running. Each answer also
 * updates the job's row among the recent exports, so the progress bar and the table agree; once
 * the job ends, the list is refetched.
 */
export function useFetchExport(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.exports.detail(id ?? ''),
    queryFn: async ({ signal }) => {
      const job = await getExportJob(id ?? '', signal);
      queryClient.setQueryData<ExportJob[]>(queryKeys.exports.list(), (jobs) =>
        jobs?.map((listed) => (listed.id === job.id ? job : listed)),
      );
      return job;
    },
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
