import { EmptyState, Group, Loader, Paper, SimpleGrid, Text } from '@mantine/core';
import { useFetchMeasures } from '../../api/hooks/use-fetch-measures';
import { useSignedInUser } from '../../auth/signed-in-user';
import { useClinicToday } from '../../auth/use-clinic-today';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { MeasureCard } from './measure-card';
import { formatDay } from './measures-format';
import { MeasuresToolbar } from './measures-toolbar';
import { periodProblem, useMeasuresFilters } from './use-measures-filters';

/** `/measures`: the quality measures payers use, for the user's care teams over a period. */
export function MeasuresPage() {
  const today = useClinicToday();
  const user = useSignedInUser();
  const { filters, update } = useMeasuresFilters(today);
  const problem = periodProblem(filters, today);
  const report = useFetchMeasures(filters, problem === null);
  const measures = report.data?.measures ?? [];

  return (
    <>
      <PageHeader
        title="Quality measures"
        description="How your care teams do on the measures payers use. Open a measure to see the patients behind its rate."
      />
      <Paper withBorder p="md" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <MeasuresToolbar filters={filters} today={today} teams={user.careTeams} problem={problem} onChange={update} />
          <Group gap="xs" role="status">
            {report.isFetching && !report.isPending ? <Loader size="xs" aria-label="Updating" /> : null}
            {report.data ? (
              <Text size="xs" c="gray.7">
                Records up to {formatDay(report.data.asOf)}
              </Text>
            ) : null}
          </Group>
        </Group>
      </Paper>
      {problem ? null : report.isPending ? (
        <LoadingState label="Loading measures…" />
      ) : report.isError ? (
        <ErrorAlert title="Could not load the measures" error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          {measures.every((measure) => measure.denominator === 0) ? (
            <EmptyState
              title="No patients counted in this period"
              description="Choose a longer period or another care team."
              py="lg"
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {measures.map((measure) => (
              <MeasureCard key={measure.id} measure={measure} filters={filters} />
            ))}
          </SimpleGrid>
        </>
      )}
    </>
  );
}
