import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import type { CareTeamSummary } from '../../api/care-teams';
import { useUpdateCareTeam } from '../../api/hooks/use-update-care-team';
import { fieldErrorOf, needsFormAlert } from '../patient/api-field-errors';

export function RenameTeamForm({ team, onDone }: { team: CareTeamSummary; onDone: () => void }) {
  const update = useUpdateCareTeam();
  const [name, setName] = useState(team.name);

  const error = update.error;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === team.name) return onDone();
    update.mutate({ id: team.id, change: { name: trimmed } }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Rename ${team.name}`}>
      <Stack gap="sm">
        {needsFormAlert(error, ['name']) ? (
          <Alert color="red" variant="light" title="Not renamed">
            {errorMessageOf(error)}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrorOf(error, 'name')}
          data-autofocus
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Rename
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
