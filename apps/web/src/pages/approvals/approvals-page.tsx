import { Stack, Text } from '@mantine/core';
import { useFetchApprovalsInbox } from '../../api/hooks/use-fetch-approvals-inbox';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { ApprovalItem } from './approval-item';

/** `/approvals`: discontinuation requests of the user's teams that wait for the user's decision. */
export function ApprovalsPage() {
  const inbox = useFetchApprovalsInbox();
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Taper, stop and medication switch proposals of your care teams that wait for your decision, oldest first."
      />
      {inbox.isPending ? (
        <LoadingState label="Loading approvals…" />
      ) : inbox.isError ? (
        <ErrorAlert title="Could not load approvals" error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : inbox.data.length === 0 ? (
        <Text c="gray.7">Nothing waits for your decision.</Text>
      ) : (
        <Stack gap="md">
          {inbox.data.map((request) => (
            <ApprovalItem key={request.id} request={request} />
          ))}
        </Stack>
      )}
    </>
  );
}
