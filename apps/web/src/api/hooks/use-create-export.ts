import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createExportJob, type ExportQuery } from '../exports';
import { queryKeys } from '../query-keys';

/** Queues a background export; the new job heads the recent exports at once. */
export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (query: ExportQuery) => createExportJob(query),
    onSuccess: (job) => {
      queryClient.setQueryData(queryKeys.exports.detail(job.id), job);
      return queryClient.invalidateQueries({ queryKey: queryKeys.exports.list() });
    },
  });
}
