import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { OutreachChannel, OutreachOutcome } from '@naltrack/domain';
import type { FormEvent } from 'react';
import { useCreateOutreachAttempt } from '../../api/hooks/use-create-outreach-attempt';
import type { NewOutreachAttempt, OutreachTask } from '../../api/outreach';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { CHANNEL_OPTIONS, OUTCOME_OPTIONS, OUTREACH_REASON_LABELS } from './outreach-labels';
import { useRecordDraft } from './use-record-draft';

const SHOWN_FIELDS = ['channel', 'outcome', 'note', 'nextAttemptOn'];

interface AttemptDraft {
  channel: OutreachChannel;
  outcome: OutreachOutcome;
  note: string;
  /** Empty when no next try is planned. */
  nextAttemptOn: string;
}

export function toNewOutreachAttempt(draft: AttemptDraft): NewOutreachAttempt {
  const body: NewOutreachAttempt = { channel: draft.channel, outcome: draft.outcome };
  const note = draft.note.trim();
  if (note) body.note = note;
  if (draft.nextAttemptOn) body.nextAttemptOn = draft.nextAttemptOn;
  return body;
}

/** The most common try (a call not answered) is the default, so logging it is one click. */
export function OutreachAttemptForm({ patientId, task }: { patientId: string; task: OutreachTask }) {
  const create = useCreateOutreachAttempt(patientId);
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<AttemptDraft>(() => ({
    channel: 'phone',
    outcome: 'no_answer',
    note: '',
    nextAttemptOn: '',
  }));
  const errorAt = (field: string) => fieldErrorOf(create.error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { taskId: task.id, attempt: toNewOutreachAttempt(draft) },
      {
        onSuccess: () => {
          setDraft((previous) => ({ ...previous, note: '', nextAttemptOn: '' }));
          setSavedText('Attempt logged.');
        },
      },
    );
  };
  const reason = OUTREACH_REASON_LABELS[task.reason] ?? task.reason;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Log attempt: ${reason}`}>
      <Stack gap="xs">
        <FormFeedback error={create.error} shownFields={SHOWN_FIELDS} failedTitle="Not logged" savedText={savedText} />
        <div>
          <Text size="xs" fw={500} mb={2} id={`channel-${task.id}`}>
            Channel
          </Text>
          <SegmentedControl
            size="xs"
            fullWidth
            aria-labelledby={`channel-${task.id}`}
            data={CHANNEL_OPTIONS}
            value={draft.channel}
            onChange={(value) => set('channel', value as OutreachChannel)}
          />
        </div>
        <Group gap="xs" align="flex-start" grow>
          <NativeSelect
            size="xs"
            label="Outcome"
            data={OUTCOME_OPTIONS}
            value={draft.outcome}
            onChange={(e) => set('outcome', e.currentTarget.value as OutreachOutcome)}
            error={errorAt('outcome')}
          />
          <TextInput
            size="xs"
            type="date"
            label="Next attempt"
            value={draft.nextAttemptOn}
            onChange={(e) => set('nextAttemptOn', e.currentTarget.value)}
            error={errorAt('nextAttemptOn')}
          />
        </Group>
        <TextInput
          size="xs"
          label="Note"
          value={draft.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errorAt('note')}
        />
        <Group>
          <Button type="submit" size="xs" loading={create.isPending}>
            Log attempt
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
