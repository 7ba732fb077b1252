import { Alert, Button, Group, List, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import type { CareTeamSummary } from '../../api/care-teams';
import type { Clinician, ClinicianChange } from '../../api/clinicians';
import { useUpdateClinician } from '../../api/hooks/use-update-clinician';
import { fieldErrorOf, needsFormAlert } from '../patient/api-field-errors';
import { changeOf, describeChange, draftOf, isRole, ROLE_OPTIONS, teamOptionsOf, type UserDraft } from './user-fields';

const SHOWN_FIELDS = ['displayName', 'roles', 'careTeamIds'];

interface EditUserFormProps {
  clinician: Clinician;
  teams: readonly CareTeamSummary[];
  /** The signed-in admin is editing their own account. */
  isSelf: boolean;
  onDone: () => void;
}

/** Roles and teams decide what a user may see, so every change is read back before it is saved. */
export function EditUserForm({ clinician, teams, isSelf, onDone }: EditUserFormProps) {
  const update = useUpdateClinician();
  const [draft, setDraft] = useState<UserDraft>(() => draftOf(clinician));
  const [pending, setPending] = useState<ClinicianChange | null>(null);
  const set = <K extends keyof UserDraft>(key: K, value: UserDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const error = update.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);

  const review = (event: FormEvent) => {
    event.preventDefault();
    update.reset();
    setPending(changeOf(clinician, draft));
  };
  const save = (change: ClinicianChange) =>
    update.mutate(
      { id: clinician.id, change },
      // Back to the form, where the field the API refused is marked.
      { onSuccess: onDone, onError: () => setPending(null) },
    );

  if (pending) {
    const lines = describeChange(clinician, pending, teams);
    const losesAdmin = isSelf && pending.roles !== undefined && !pending.roles.includes('admin');
    return (
      <Stack gap="md">
        {lines.length === 0 ? (
          <Text>Nothing was changed.</Text>
        ) : (
          <>
            <Text>Save these changes to {clinician.displayName}? They apply from the user’s next request.</Text>
            <List spacing="xs" size="sm">
              {lines.map((line) => (
                <List.Item key={line.label}>
                  <strong>{line.label}:</strong> {line.before} → {line.after}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {losesAdmin ? (
          <Alert color="orange" variant="light" title="You remove your own administrator role">
            You will no longer be able to open this page.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPending(null)}>
            Back
          </Button>
          {lines.length > 0 ? (
            <Button loading={update.isPending} onClick={() => save(pending)}>
              Confirm changes
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={review} noValidate aria-label={`Edit ${clinician.displayName}`}>
      <Stack gap="sm">
        {needsFormAlert(error, SHOWN_FIELDS) ? (
          <Alert color="red" variant="light" title="Not saved">
            {errorMessageOf(error)}
          </Alert>
        ) : null}
        <Text size="sm" c="gray.7">
          {clinician.email}
        </Text>
        <TextInput
          label="Full name"
          required
          value={draft.displayName}
          onChange={(e) => set('displayName', e.currentTarget.value)}
          error={errorAt('displayName')}
          data-autofocus
        />
        <MultiSelect
          searchable
          label="Roles"
          required
          data={ROLE_OPTIONS}
          value={draft.roles}
          onChange={(values) => set('roles', values.filter(isRole))}
          error={errorAt('roles')}
          description="A team lead approves discontinuations for the care teams below, where a team requires it."
        />
        <MultiSelect
          searchable
          label="Care teams"
          data={teamOptionsOf(teams)}
          value={draft.careTeamIds}
          onChange={(values) => set('careTeamIds', values)}
          error={errorAt('careTeamIds')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">Review changes</Button>
        </Group>
      </Stack>
    </form>
  );
}
