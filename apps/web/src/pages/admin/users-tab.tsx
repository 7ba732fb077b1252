import { Button, EmptyState, Group, Modal, Title } from '@mantine/core';
import { useState } from 'react';
import type { Clinician } from '../../api/clinicians';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { useFetchClinicians } from '../../api/hooks/use-fetch-clinicians';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { UserAccessConfirm } from './user-access-confirm';
import { UsersTable } from './users-table';

const USERS_HEADING = 'users-heading';

type Dialog = { kind: 'create' } | { kind: 'edit'; clinician: Clinician } | { kind: 'access'; clinician: Clinician };

function dialogTitle(dialog: Dialog): string {
  if (dialog.kind === 'create') return 'Add user';
  if (dialog.kind === 'edit') return `Edit ${dialog.clinician.displayName}`;
  return `${dialog.clinician.active ? 'Disable' : 'Enable'} ${dialog.clinician.displayName}?`;
}

export function UsersTab() {
  const user = useSignedInUser();
  const clinicians = useFetchClinicians();
  const careTeams = useFetchCareTeams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const teams = careTeams.data ?? [];

  return (
    <section aria-labelledby={USERS_HEADING}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={USERS_HEADING}>
          Users
        </Title>
        <Button onClick={() => setDialog({ kind: 'create' })} disabled={!careTeams.data}>
          Add user
        </Button>
      </Group>
      {careTeams.isError ? (
        <ErrorAlert
          title="Could not load care teams"
          error={careTeams.error}
          onRetry={() => void careTeams.refetch()}
        />
      ) : null}
      {clinicians.isPending ? (
        <LoadingState label="Loading users…" />
      ) : clinicians.isError ? (
        <ErrorAlert title="Could not load users" error={clinicians.error} onRetry={() => void clinicians.refetch()} />
      ) : clinicians.data.length === 0 ? (
        <EmptyState title="No users yet" description="Add the first clinician with Add user." py="lg" />
      ) : (
        <UsersTable
          clinicians={clinicians.data}
          teams={teams}
          selfId={user.id}
          labelledBy={USERS_HEADING}
          onEdit={(clinician) => setDialog({ kind: 'edit', clinician })}
          onToggleAccess={(clinician) => setDialog({ kind: 'access', clinician })}
        />
      )}
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={dialog !== null}
        onClose={close}
        title={dialog ? dialogTitle(dialog) : ''}
        size="lg"
      >
        {dialog?.kind === 'create' ? <CreateUserForm teams={teams} onDone={close} /> : null}
        {dialog?.kind === 'edit' ? (
          <EditUserForm
            clinician={dialog.clinician}
            teams={teams}
            isSelf={dialog.clinician.id === user.id}
            onDone={close}
          />
        ) : null}
        {dialog?.kind === 'access' ? <UserAccessConfirm clinician={dialog.clinician} onDone={close} /> : null}
      </Modal>
    </section>
  );
}
