import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useFetchClinicalSettings } from '../../api/hooks/use-fetch-clinical-settings';
import { useFetchPatientObservations } from '../../api/hooks/use-fetch-patient-observations';
import { useClinicToday } from '../../auth/use-clinic-today';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { buildCueMonths } from './cue-data';
import { loadPatientCharts } from './load-patient-charts';

// recharts loads with the first chart shown, as the other trend charts do.
const CueChart = lazy(() => loadPatientCharts().then((module) => ({ default: module.CueChart })));

/** Which cues came with the patient's high cravings, month by month. */
export function CueTrends({ patientId }: { patientId: string }) {
  const observations = useFetchPatientObservations(patientId);
  const settings = useFetchClinicalSettings();
  const today = useClinicToday();
  if (observations.isPending || settings.isPending) return <LoadingState label="Loading craving cues…" />;
  if (observations.isError || settings.isError) {
    return (
      <ErrorAlert
        title="Could not load craving cues"
        error={observations.error ?? settings.error}
        onRetry={() => {
          void observations.refetch();
          void settings.refetch();
        }}
      />
    );
  }
  const months = buildCueMonths(observations.data, today, settings.data.cravingHighPacs);
  if (months.every((m) => m.highCravings === 0)) {
    return (
      <Text size="sm" c="gray.7">
        No high cravings in the last 12 months.
      </Text>
    );
  }
  return (
    <Suspense fallback={<LoadingState label="Loading chart…" />}>
      <CueChart months={months} />
    </Suspense>
  );
}
