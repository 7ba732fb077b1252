import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditVerification } from '../../api/audit';
import { useFetchAuditVerification } from '../../api/hooks/use-fetch-audit-verification';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { formatCount, formatEventTime } from './audit-format';
import { describeCheckpoint } from './checkpoint-text';

const VERIFY_HEADING = 'verify-heading';

const checkpointTroubled = (result: AuditVerification) => !['ok', 'none'].includes(result.checkpoint.status);

/** Walks the hash chain on request and says plainly whether the trail is intact. */
export function VerifyPanel() {
  const [requested, setRequested] = useState(false);
  const verification = useFetchAuditVerification(requested);
  const verify = () => (requested ? void verification.refetch() : setRequested(true));
  const result = verification.data;

  return (
    <Paper component="section" aria-labelledby={VERIFY_HEADING} withBorder p="md" mb="lg">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={VERIFY_HEADING}>
            Chain verification
          </Title>
          <Text size="sm" c="gray.7">
            Recomputes every event’s hash from the first one: any change, deletion or insertion breaks the chain. The
            newest events are held against the last signed checkpoint kept outside the database.
          </Text>
        </Stack>
        <Button onClick={verify} loading={verification.isFetching}>
          Verify chain
        </Button>
      </Group>
      <div aria-live="polite">
        {verification.isFetching ? (
          <LoadingState label="Verifying the audit chain…" />
        ) : verification.isError ? (
          <ErrorAlert title="Could not verify the chain" error={verification.error} onRetry={verify} />
        ) : result?.ok ? (
          <Alert color="teal" variant="light" title="Chain intact">
            All {formatCount(result.checked)} events verified: every link matches its content and the one before it.{' '}
            {describeCheckpoint(result.checkpoint)} Checked{' '}
            {formatEventTime(new Date(verification.dataUpdatedAt).toISOString())}.
          </Alert>
        ) : result?.firstBrokenId ? (
          <Alert color="red" variant="light" title="Chain broken">
            The first broken link is event #{result.firstBrokenId}: its hash, predecessor or position does not match.{' '}
            {formatCount(result.checked)} events before it verified.{' '}
            {checkpointTroubled(result) ? `${describeCheckpoint(result.checkpoint)} ` : ''}Report this to your security
            officer.
          </Alert>
        ) : result ? (
          <Alert color="red" variant="light" title="Events missing or rewritten">
            {describeCheckpoint(result.checkpoint)} The {formatCount(result.checked)} events left link up, but the trail
            no longer matches what was recorded outside the database. Report this to your security officer.
          </Alert>
        ) : (
          <Text size="sm" c="gray.7">
            Not verified yet.
          </Text>
        )}
      </div>
    </Paper>
  );
}
