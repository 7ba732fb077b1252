import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { ExportJob } from '../../api/exports';
import { isRunning } from '../../api/exports';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { useFetchExports } from '../../api/hooks/use-fetch-exports';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { coverageOf, progressPercent, requestedAt, STATUS_COLORS, STATUS_LABELS } from './export-format';

function FileCell({ job }: { job: ExportJob }) {
  if (job.status === 'done' && job.downloadUrl) {
    return (
      <Anchor href={job.downloadUrl} download={job.fileName ?? true} size="sm">
        Download
      </Anchor>
    );
  }
  if (job.status === 'failed') return <Text size="sm">{job.errorMessage ?? 'Failed'}</Text>;
  return <Text size="sm">{progressPercent(job)}%</Text>;
}

/** The user's background exports of the last 7 days (files are deleted after that), newest first. */
export function RecentExports() {
  const jobs = useFetchExports();
  const teams = useFetchCareTeams();
  if (jobs.isPending) return <LoadingState label="Loading recent exports…" />;
  if (jobs.isError) {
    return <ErrorAlert title="Could not load recent exports" error={jobs.error} onRetry={() => void jobs.refetch()} />;
  }
  if (jobs.data.length === 0) {
    return (
      <Text c="gray.7">No background exports in the last 7 days. Exports of more than 1,000 patients appear here.</Text>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Recent exports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Requested</Table.Th>
              <Table.Th scope="col">Covers</Table.Th>
              <Table.Th scope="col">Period</Table.Th>
              <Table.Th scope="col">Format</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">File</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.data.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>{requestedAt(job)}</Table.Td>
                <Table.Td>
                  {coverageOf(job, teams.data)}
                  {job.query.recipient ? ` → ${job.query.recipient}` : ''}
                </Table.Td>
                <Table.Td>
                  {job.query.from} to {job.query.to}
                </Table.Td>
                <Table.Td>{job.query.format.toUpperCase()}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[job.status]} variant={isRunning(job) ? 'light' : 'filled'}>
                    {STATUS_LABELS[job.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <FileCell job={job} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
