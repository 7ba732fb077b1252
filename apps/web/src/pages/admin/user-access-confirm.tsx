import { Button, Group, Stack, Text } from '@mantine/core';
import type { Clinician } from '../../api/clinicians';
import { useUpdateClinician } from '../../api/hooks/use-update-clinician';
import { ErrorAlert } from '../../components/error-alert';

interface UserAccessConfirmProps {
  clinician: Clinician;
  onDone: () => void;
}

/** Disabling signs the user out everywhere at once, so it is asked twice. */
export function UserAccessConfirm({ clinician, onDone }: UserAccessConfirmProps) {
  const update = useUpdateClinician();
  const disabling = clinician.active;
  return (
    <Stack gap="md">
      {update.isError ? <ErrorAlert title="Not changed" error={update.error} /> : null}
      <Text>
        {disabling
          ? `${clinician.displayName} is signed out everywhere at once and cannot sign in until enabled again. Their records and audit trail stay.`
          : `${clinician.displayName} can sign in again with their password.`}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color={disabling ? 'red.9' : undefined}
          loading={update.isPending}
          onClick={() => update.mutate({ id: clinician.id, change: { active: !disabling } }, { onSuccess: onDone })}
        >
          {disabling ? 'Disable user' : 'Enable user'}
        </Button>
      </Group>
    </Stack>
  );
}
