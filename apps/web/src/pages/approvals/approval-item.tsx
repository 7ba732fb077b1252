import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import { useSignedInUser } from '../../auth/signed-in-user';
import { DiscontinuationRequestCard } from '../patient/discontinuation-request-card';
import { formatDate } from '../patient/patient-format';
import { ApprovalMetrics } from './approval-metrics';

/** One request awaiting the user's decision: whose, the patient's figures, the request and the decision form. */
export function ApprovalItem({ request }: { request: DiscontinuationRequest }) {
  const user = useSignedInUser();
  const name = request.patient ? `${request.patient.familyName}, ${request.patient.givenName}` : 'Patient';
  const headingId = `approval-${request.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/patients/${request.patientId}`} inherit>
              {name}
            </Anchor>
          </Title>
          <Text size="sm" c="gray.7">
            {request.patient ? `MRN ${request.patient.mrn} · ` : ''}proposed{' '}
            {formatDate(request.createdAt.slice(0, 10))}
          </Text>
        </Group>
        <ApprovalMetrics metrics={request.patientMetrics} />
        <DiscontinuationRequestCard patientId={request.patientId} request={request} currentUserId={user.id} />
      </Stack>
    </Paper>
  );
}
