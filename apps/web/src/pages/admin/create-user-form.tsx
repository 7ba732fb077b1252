import { Alert, Button, Code, CopyButton, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import type { Role } from '@naltrack/domain';
import { type FormEvent, useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import type { CareTeamSummary } from '../../api/care-teams';
import type { Clinician } from '../../api/clinicians';
import { useCreateClinician } from '../../api/hooks/use-create-clinician';
import { fieldErrorOf, needsFormAlert } from '../patient/api-field-errors';
import { MONOSPACE_INPUT } from './form-styles';
import { generatePassword, isRole, ROLE_OPTIONS, teamOptionsOf } from './user-fields';

const SHOWN_FIELDS = ['email', 'displayName', 'roles', 'careTeamIds', 'password'];

interface CreateUserFormProps {
  teams: readonly CareTeamSummary[];
  onDone: () => void;
}

/** Shown once: the password is not stored anywhere the dashboard can read it again. */
function CreatedUser({ clinician, password, onDone }: { clinician: Clinician; password: string; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" title="User added" role="status">
        {clinician.displayName} can now sign in as {clinician.email}.
      </Alert>
      <div>
        <Text size="sm" fw={600} id="initial-password-label">
          Initial password
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Code aria-labelledby="initial-password-label" fz="md">
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? 'Copied' : 'Copy password'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="gray.7" mt="xs">
          It is shown only now. Hand it over in person or by another secure channel, not by email.
        </Text>
      </div>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

export function CreateUserForm({ teams, onDone }: CreateUserFormProps) {
  const create = useCreateClinician();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [careTeamIds, setCareTeamIds] = useState<string[]>([]);
  const [password, setPassword] = useState(() => generatePassword());

  if (create.data) return <CreatedUser clinician={create.data} password={password} onDone={onDone} />;

  const error = create.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email: email.trim(), displayName: displayName.trim(), roles, careTeamIds, password });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add user">
      <Stack gap="sm">
        {needsFormAlert(error, SHOWN_FIELDS) ? (
          <Alert color="red" variant="light" title="Not added">
            {errorMessageOf(error)}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errorAt('email')}
          data-autofocus
        />
        <TextInput
          label="Full name"
          required
          autoComplete="off"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={errorAt('displayName')}
        />
        <MultiSelect
          searchable
          label="Roles"
          required
          data={ROLE_OPTIONS}
          value={roles}
          onChange={(values) => setRoles(values.filter(isRole))}
          error={errorAt('roles')}
          description="A team lead approves discontinuations for the care teams below, where a team requires it."
        />
        <MultiSelect
          searchable
          label="Care teams"
          data={teamOptionsOf(teams)}
          value={careTeamIds}
          onChange={setCareTeamIds}
          error={errorAt('careTeamIds')}
          placeholder={careTeamIds.length ? undefined : 'No team (administrators, auditors)'}
        />
        <TextInput
          label="Initial password"
          description="12 to 128 characters, not a common password. A random one is filled in; type over it to set your own."
          required
          autoComplete="new-password"
          spellCheck={false}
          styles={MONOSPACE_INPUT}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errorAt('password')}
          rightSectionWidth={96}
          rightSection={
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label="Generate another password"
              onClick={() => setPassword(generatePassword())}
            >
              Generate
            </Button>
          }
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
