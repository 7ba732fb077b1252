import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import { DECISION_NOTE_MAX_LENGTH, type NewCaseReviewItem } from '../../api/case-review';
import { useCreateCaseReviewItem } from '../../api/hooks/use-create-case-review-item';
import { fieldErrorOf, needsFormAlert } from '../patient/api-field-errors';

interface DiscussedFormProps {
  item: Omit<NewCaseReviewItem, 'decisionNote'>;
  onDone: () => void;
}

/** What the team decided about one item; the note is the record, so it is required. */
export function DiscussedForm({ item, onDone }: DiscussedFormProps) {
  const create = useCreateCaseReviewItem();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const noteError = noteMissing ? 'Write what the team decided' : fieldErrorOf(create.error, 'decisionNote');

  const submit = () => {
    if (note.trim() === '') {
      setNoteMissing(true);
      return;
    }
    create.mutate({ ...item, decisionNote: note.trim() }, { onSuccess: onDone });
  };

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label="Mark discussed"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {needsFormAlert(create.error, ['decisionNote']) ? (
        <Alert color="red" variant="light" title="Not marked discussed">
          {errorMessageOf(create.error)}
        </Alert>
      ) : null}
      <Textarea
        label="Decision note"
        description={`What the team decided; at most ${DECISION_NOTE_MAX_LENGTH} characters.`}
        // Checked here, not by the browser, so the message is ours.
        withAsterisk
        aria-required
        rows={3}
        maxLength={DECISION_NOTE_MAX_LENGTH}
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          setNoteMissing(false);
        }}
        error={noteError}
      />
      <Group gap="sm">
        <Button type="submit" size="xs" loading={create.isPending}>
          Save decision
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={onDone} disabled={create.isPending}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
