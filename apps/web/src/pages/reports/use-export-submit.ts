import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { downloadAdherenceReport, type ExportJob, type ExportQuery, USE_BACKGROUND_EXPORT } from '../../api/exports';
import { useCreateExport } from '../../api/hooks/use-create-export';
import { saveFile } from './save-file';

export type ExportOutcome = { kind: 'downloaded'; fileName: string } | { kind: 'queued'; job: ExportJob };

/**
 * Asks for the report directly and saves it; when the API answers that the export is too large
 * to stream (more than 1,000 patients), queues it as a background job instead.
 */
export function useExportSubmit() {
  const createJob = useCreateExport();
  return useMutation({
    mutationFn: async (query: ExportQuery): Promise<ExportOutcome> => {
      try {
        const file = await downloadAdherenceReport(query);
        saveFile(file);
        return { kind: 'downloaded', fileName: file.fileName };
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== USE_BACKGROUND_EXPORT) throw error;
        return { kind: 'queued', job: await createJob.mutateAsync(query) };
      }
    },
  });
}
