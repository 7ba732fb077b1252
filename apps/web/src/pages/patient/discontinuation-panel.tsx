import { CLOSED_STATUSES, type Diagnosis, type Formulation } from '@naltrack/domain';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatientDiscontinuationRequests } from '../../api/hooks/use-fetch-patient-discontinuation-requests';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { CompletedSwitch } from './completed-switch';
import { DiscontinuationProposalForm } from './discontinuation-proposal-form';
import { DiscontinuationRequestCard } from './discontinuation-request-card';
import { PatientSection } from './patient-section';

interface DiscontinuationPanelProps {
  patientId: string;
  formulation: Formulation | null;
  diagnoses: readonly Diagnosis[];
}

/** The open taper, stop or switch request and its approval, or a way to propose one when none is open. */
export function DiscontinuationPanel({ patientId, formulation, diagnoses }: DiscontinuationPanelProps) {
  const requests = useFetchPatientDiscontinuationRequests(patientId);
  const currentUser = useFetchCurrentUser();
  const open = requests.data?.find((request) => !CLOSED_STATUSES.includes(request.status));

  return (
    <PatientSection title="Discontinuation">
      {requests.isPending ? <LoadingState label="Loading discontinuation requests…" /> : null}
      {requests.isError ? (
        <ErrorAlert
          title="Could not load discontinuation requests"
          error={requests.error}
          onRetry={() => void requests.refetch()}
        />
      ) : null}
      {requests.isSuccess ? <CompletedSwitch requests={requests.data} /> : null}
      {requests.isSuccess && open ? (
        <DiscontinuationRequestCard patientId={patientId} request={open} currentUserId={currentUser.data?.id} />
      ) : null}
      {requests.isSuccess && !open ? (
        <DiscontinuationProposalForm patientId={patientId} formulation={formulation} diagnoses={diagnoses} />
      ) : null}
    </PatientSection>
  );
}
