import { Alert, Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatient } from '../../api/hooks/use-fetch-patient';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { DiscontinuationPanel } from './discontinuation-panel';
import { MetricCards } from './metric-cards';
import { OutreachPanel } from './outreach-panel';
import { PatientHeader } from './patient-header';
import { PatientTimeline } from './patient-timeline';
import { PatientTrends } from './patient-trends';
import { RecordPanel } from './record-panel';
import { readsByBreakGlass } from './recording-access';
import { RelapseList } from './relapse-list';
import { SafetyAlert } from './safety-alert';

/** Missing and another team's patient answer the same 404, and read the same here (Part 2). */
function PatientNotFound() {
  useDocumentTitle('Patient not found · Naltrack');
  return (
    <Stack gap="sm">
      <Title order={1}>Patient not found</Title>
      <Text c="gray.7">This patient does not exist or is not on any of your care teams.</Text>
      <Anchor component={Link} to="/">
        Go to Today
      </Anchor>
    </Stack>
  );
}

/** In place of the record and discontinuation panels: break-glass access changes nothing. */
function BreakGlassNotice() {
  return (
    <Alert color="orange" title="Break-glass access: read only">
      This patient is not on your care teams. You can read the record for the hour your access lasts; only the patient’s
      care team can record, decide or move the patient.
    </Alert>
  );
}

function PatientContent({ patientId }: { patientId: string }) {
  const patient = useFetchPatient(patientId);
  const currentUser = useFetchCurrentUser();

  if (patient.isPending) return <LoadingState label="Loading patient…" />;
  if (patient.isError && !patient.data) {
    if (patient.error instanceof ApiError && patient.error.statusCode === 404) return <PatientNotFound />;
    return (
      <>
        <Title order={1} mb="md">
          Patient
        </Title>
        <ErrorAlert title="Could not load the patient" error={patient.error} onRetry={() => void patient.refetch()} />
      </>
    );
  }

  const data = patient.data;
  return (
    <>
      <PatientHeader patient={data} />
      {/* A failed refetch keeps the last answer on screen, under the error. */}
      {patient.isError ? (
        <ErrorAlert
          title="Could not refresh the patient"
          error={patient.error}
          onRetry={() => void patient.refetch()}
        />
      ) : null}
      <MetricCards metrics={data.metrics} />
      <Stack gap="md">
        <SafetyAlert
          patientId={patientId}
          flags={data.metrics?.flags ?? []}
          readOnly={readsByBreakGlass(currentUser.data?.careTeams, data.careTeamId)}
        />
        <PatientTrends patientId={patientId} />
        <RelapseList patientId={patientId} />
        <OutreachPanel patientId={patientId} careTeamId={data.careTeamId} flags={data.metrics?.flags ?? []} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PatientTimeline patientId={patientId} />
          {readsByBreakGlass(currentUser.data?.careTeams, data.careTeamId) ? (
            <BreakGlassNotice />
          ) : (
            <Stack gap="md">
              <RecordPanel
                patientId={patientId}
                diagnoses={data.diagnoses}
                sex={data.sex}
                needsStart={!data.metrics?.startedOn}
              />
              <DiscontinuationPanel
                patientId={patientId}
                formulation={data.metrics?.formulation ?? null}
                diagnoses={data.diagnoses}
              />
            </Stack>
          )}
        </SimpleGrid>
      </Stack>
    </>
  );
}

/** `/patients/:patientId`: the id is an opaque UUID; names and MRNs never go into the address. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  // Keyed by id so moving between patients starts each page from a clean form state.
  return <PatientContent key={patientId} patientId={patientId} />;
}
