import { Alert, Anchor, Progress, Stack, Text } from '@mantine/core';
import { useFetchExport } from '../../api/hooks/use-fetch-export';
import { ErrorAlert } from '../../components/error-alert';
import { progressPercent, rowsText } from './export-format';

/** The background export just started: a progress bar while it runs, then its download. */
export function ExportProgress({ jobId }: { jobId: string }) {
  const job = useFetchExport(jobId);
  if (job.isError)
    return <ErrorAlert title="Could not check the export" error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return null;
  const { status, downloadUrl, fileName, errorMessage } = job.data;
  if (status === 'failed') {
    return (
      <Alert color="red" variant="light" title="The export failed">
        {errorMessage ?? 'The export could not be completed.'}
      </Alert>
    );
  }
  if (status === 'done' && downloadUrl) {
    return (
      <Alert color="teal" variant="light" title="The export is ready" role="status">
        <Anchor href={downloadUrl} download={fileName ?? true}>
          Download {fileName}
        </Anchor>
      </Alert>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm">
        {status === 'queued' ? 'Waiting to start…' : 'Exporting…'} {rowsText(job.data)}
      </Text>
      <Progress value={progressPercent(job.data)} aria-label="Export progress" animated size="lg" />
    </Stack>
  );
}
