import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import { useCompleteSwitch } from '../../api/hooks/use-complete-switch';
import { fieldErrorOf, needsFormAlert } from './api-field-errors';

interface SwitchHandOffFormProps {
  patientId: string;
  requestId: string;
}

/** An approved switch ends naltrexone once the hand-off to the new prescriber is recorded. */
export function SwitchHandOffForm({ patientId, requestId }: SwitchHandOffFormProps) {
  const complete = useCompleteSwitch(patientId, requestId);
  const [note, setNote] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate({ handOffNote: note.trim() });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record the hand-off">
      <Stack gap="xs">
        {needsFormAlert(complete.error, ['handOffNote']) ? (
          <Alert color="red" variant="light" title="Hand-off not recorded">
            {errorMessageOf(complete.error)}
          </Alert>
        ) : null}
        <Textarea
          label="Hand-off"
          description="Who takes over, and when the first dose is."
          required
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldErrorOf(complete.error, 'handOffNote')}
        />
        <Button type="submit" loading={complete.isPending} w="fit-content">
          Complete switch
        </Button>
      </Stack>
    </form>
  );
}
