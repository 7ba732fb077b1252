import { CLOSED_STATUSES, type Formulation } from '@naltrack/domain';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatientDiscontinuationRequests } from '../../api/hooks/use-fetch-patient-discontinuation-requests';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { DiscontinuationProposalForm } from './discontinuation-proposal-form';
import { DiscontinuationRequestCard } from './discontinuation-request-card';
import { PatientSection } from './patient-section';

interface DiscontinuationPanelProps {
  patientId: string;
  formulation: Formulation | null;
}

/** The open taper/stop request and its approval, or a way to propose one when none is open. */
export function DiscontinuationPanel({ patientId, formulation }: DiscontinuationPanelProps) {
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
      {requests.isSuccess && open ? (
        <DiscontinuationRequestCard patientId={patientId} request={open} currentUserId={currentUser.data?.id} />
      ) : null}
      {requests.isSuccess && !open ? (
        <DiscontinuationProposalForm patientId={patientId} formulation={formulation} />
      ) : null}
    </PatientSection>
  );
}
