import { Alert, Stack, Text } from '@mantine/core';
import { type CaseloadFlag, phq9Item9Answer } from '@naltrack/domain';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatientObservations } from '../../api/hooks/use-fetch-patient-observations';
import { CLINICAL_NAV_ROLES } from '../../layout/nav-items';
import { formatDate } from './patient-format';
import { mayRecord } from './recording-access';
import { SafetyAssessmentForm } from './safety-assessment-form';

interface SafetyAlertProps {
  patientId: string;
  flags: readonly CaseloadFlag[];
  /** Break-glass access reads only: the form is not offered. */
  readOnly: boolean;
}

/**
 * At the top of the patient page while suicide_risk is raised: the PHQ-9 item 9 answer that raised
 * it, and the safety assessment that clears it.
 */
export function SafetyAlert({ patientId, flags, readOnly }: SafetyAlertProps) {
  const currentUser = useFetchCurrentUser();
  const observations = useFetchPatientObservations(patientId);
  if (!flags.includes('suicide_risk')) return null;

  // Newest first from the API: the first positive answer is the one awaiting assessment.
  const positive = (observations.data ?? []).find(
    (o) => o.kind === 'phq9' && o.items !== null && phq9Item9Answer(o.items) > 0,
  );
  const mayAssess = !readOnly && mayRecord(currentUser.data?.roles, CLINICAL_NAV_ROLES);
  return (
    <Alert color="red" variant="outline" title="Suicide risk: safety assessment needed" role="alert">
      <Stack gap="sm">
        <Text size="sm">
          {positive?.items
            ? `PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) answered ${phq9Item9Answer(positive.items)} of 3 on ${formatDate(positive.observedOn)}.`
            : 'A PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) was answered above 0.'}{' '}
          No safety assessment has been recorded since.
        </Text>
        {mayAssess ? <SafetyAssessmentForm patientId={patientId} /> : null}
      </Stack>
    </Alert>
  );
}
