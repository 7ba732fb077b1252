import { Alert, Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import { useCreateCareTeam } from '../../api/hooks/use-create-care-team';
import { fieldErrorOf, needsFormAlert } from '../patient/api-field-errors';

const SHOWN_FIELDS = ['name', 'code', 'requireLeadApproval'];

/** "West Clinic" → "west-clinic": a starting point for the code, which the admin may change. */
export function codeFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function CareTeamForm({ onDone }: { onDone: () => void }) {
  const create = useCreateCareTeam();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [codeEdited, setCodeEdited] = useState(false);
  const [requireLeadApproval, setRequireLeadApproval] = useState(false);

  const error = create.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), code: code.trim(), requireLeadApproval }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add care team">
      <Stack gap="sm">
        {needsFormAlert(error, SHOWN_FIELDS) ? (
          <Alert color="red" variant="light" title="Not added">
            {errorMessageOf(error)}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setName(next);
            if (!codeEdited) setCode(codeFromName(next));
          }}
          error={errorAt('name')}
          data-autofocus
        />
        <TextInput
          label="Code"
          description="A short stable handle: lower-case letters, digits and -. It cannot be changed later."
          required
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setCodeEdited(true);
          }}
          error={errorAt('code')}
          spellCheck={false}
        />
        <Switch
          label="Discontinuation also needs the team lead’s approval"
          checked={requireLeadApproval}
          onChange={(e) => setRequireLeadApproval(e.currentTarget.checked)}
          error={errorAt('requireLeadApproval')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add care team
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
