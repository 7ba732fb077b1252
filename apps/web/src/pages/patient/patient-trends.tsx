import { Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useFetchClinicalSettings } from '../../api/hooks/use-fetch-clinical-settings';
import { useFetchPatientAdherence } from '../../api/hooks/use-fetch-patient-adherence';
import { useFetchPatientMedicationEvents } from '../../api/hooks/use-fetch-patient-medication-events';
import { useFetchPatientObservations } from '../../api/hooks/use-fetch-patient-observations';
import { useFetchPatientRelapses } from '../../api/hooks/use-fetch-patient-relapses';
import { useFetchPatientTherapySessions } from '../../api/hooks/use-fetch-patient-therapy-sessions';
import { useClinicToday } from '../../auth/use-clinic-today';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { AdherenceStrip } from './adherence-strip';
import { buildAttendanceMonths } from './attendance-data';
import { buildCravingsData } from './cravings-data';
import { CueTrends } from './cue-trends';
import { InstrumentTrends } from './instrument-trends';
import { loadPatientCharts } from './load-patient-charts';
import { PatientSection } from './patient-section';

// recharts is most of this page's weight: loaded only when a chart is shown, not with the app.
const CravingsChart = lazy(() => loadPatientCharts().then((module) => ({ default: module.CravingsChart })));
const AttendanceChart = lazy(() => loadPatientCharts().then((module) => ({ default: module.AttendanceChart })));

function CravingsPanel({ patientId }: { patientId: string }) {
  const observations = useFetchPatientObservations(patientId);
  const relapses = useFetchPatientRelapses(patientId);
  const settings = useFetchClinicalSettings();
  if (observations.isPending || relapses.isPending || settings.isPending) {
    return <LoadingState label="Loading cravings…" />;
  }
  if (observations.isError || relapses.isError || settings.isError) {
    return (
      <ErrorAlert
        title="Could not load cravings"
        error={observations.error ?? relapses.error ?? settings.error}
        onRetry={() => {
          void observations.refetch();
          void relapses.refetch();
          void settings.refetch();
        }}
      />
    );
  }
  return (
    <Suspense fallback={<LoadingState label="Loading chart…" />}>
      <CravingsChart
        data={buildCravingsData(observations.data, relapses.data)}
        cravingHighPacs={settings.data.cravingHighPacs}
      />
    </Suspense>
  );
}

function AdherencePanel({ patientId }: { patientId: string }) {
  const adherence = useFetchPatientAdherence(patientId);
  const events = useFetchPatientMedicationEvents(patientId);
  if (adherence.isPending || events.isPending) return <LoadingState label="Loading adherence…" />;
  if (adherence.isError || events.isError) {
    return (
      <ErrorAlert
        title="Could not load adherence"
        error={adherence.error ?? events.error}
        onRetry={() => {
          void adherence.refetch();
          void events.refetch();
        }}
      />
    );
  }
  return <AdherenceStrip adherence={adherence.data} events={events.data} />;
}

function AttendancePanel({ patientId }: { patientId: string }) {
  const sessions = useFetchPatientTherapySessions(patientId);
  const today = useClinicToday();
  if (sessions.isPending) return <LoadingState label="Loading attendance…" />;
  if (sessions.isError) {
    return (
      <ErrorAlert title="Could not load attendance" error={sessions.error} onRetry={() => void sessions.refetch()} />
    );
  }
  return (
    <Suspense fallback={<LoadingState label="Loading chart…" />}>
      <AttendanceChart months={buildAttendanceMonths(sessions.data, today)} />
    </Suspense>
  );
}

export function PatientTrends({ patientId }: { patientId: string }) {
  return (
    <PatientSection title="Cravings, adherence, attendance and instruments">
      <Stack gap="lg">
        <div>
          <Title order={3} size="h5" mb="xs">
            Cravings
          </Title>
          <CravingsPanel patientId={patientId} />
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            Cues of high cravings
          </Title>
          <CueTrends patientId={patientId} />
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            Adherence
          </Title>
          <AdherencePanel patientId={patientId} />
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            Therapy attendance
          </Title>
          <AttendancePanel patientId={patientId} />
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            Depression, anxiety and alcohol use instruments
          </Title>
          <InstrumentTrends patientId={patientId} />
        </div>
      </Stack>
    </PatientSection>
  );
}
