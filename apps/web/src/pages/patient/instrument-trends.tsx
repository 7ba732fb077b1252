import { SimpleGrid, Text } from '@mantine/core';
import { INSTRUMENT_KINDS } from '@naltrack/domain';
import { lazy, Suspense } from 'react';
import { useFetchPatientObservations } from '../../api/hooks/use-fetch-patient-observations';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { buildInstrumentSeries } from './instrument-data';
import { loadPatientCharts } from './load-patient-charts';

// recharts loads with the first chart shown, as the other trend charts do.
const InstrumentChart = lazy(() => loadPatientCharts().then((module) => ({ default: module.InstrumentChart })));

/** A trend chart per instrument the patient has answered. */
export function InstrumentTrends({ patientId }: { patientId: string }) {
  const observations = useFetchPatientObservations(patientId);
  if (observations.isPending) return <LoadingState label="Loading instruments…" />;
  if (observations.isError) {
    return (
      <ErrorAlert
        title="Could not load instruments"
        error={observations.error}
        onRetry={() => void observations.refetch()}
      />
    );
  }
  const series = buildInstrumentSeries(observations.data);
  const answered = INSTRUMENT_KINDS.filter((kind) => series[kind].length > 0);
  if (answered.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        No PHQ-9, GAD-7, AUDIT-C or BAM recorded yet.
      </Text>
    );
  }
  return (
    <Suspense fallback={<LoadingState label="Loading charts…" />}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {answered.map((kind) => (
          <InstrumentChart key={kind} kind={kind} points={series[kind]} />
        ))}
      </SimpleGrid>
    </Suspense>
  );
}
