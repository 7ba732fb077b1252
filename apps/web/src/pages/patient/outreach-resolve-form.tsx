import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useResolveOutreachTask } from '../../api/hooks/use-resolve-outreach-task';
import type { OutreachResolutionBody, OutreachTask } from '../../api/outreach';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { OUTREACH_REASON_LABELS, RESOLUTION_OPTIONS } from './outreach-labels';
import { useRecordDraft } from './use-record-draft';

const SHOWN_FIELDS = ['resolution', 'note'];

interface ResolveDraft {
  resolution: OutreachResolutionBody['resolution'];
  note: string;
}

export function toResolution(draft: ResolveDraft): OutreachResolutionBody {
  const note = draft.note.trim();
  return note ? { resolution: draft.resolution, note } : { resolution: draft.resolution };
}

/** Closes the task with how it ended; the task then moves to the done list. */
export function OutreachResolveForm({ patientId, task }: { patientId: string; task: OutreachTask }) {
  const resolve = useResolveOutreachTask(patientId);
  const { draft, set } = useRecordDraft<ResolveDraft>(() => ({ resolution: 're_engaged', note: '' }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    resolve.mutate({ taskId: task.id, resolution: toResolution(draft) });
  };
  const reason = OUTREACH_REASON_LABELS[task.reason] ?? task.reason;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Resolve: ${reason}`}>
      <Stack gap="xs">
        <FormFeedback error={resolve.error} shownFields={SHOWN_FIELDS} failedTitle="Not resolved" />
        <Group gap="xs" align="flex-start" grow>
          <NativeSelect
            size="xs"
            label="Resolution"
            data={RESOLUTION_OPTIONS}
            value={draft.resolution}
            onChange={(e) => set('resolution', e.currentTarget.value as ResolveDraft['resolution'])}
            error={fieldErrorOf(resolve.error, 'resolution')}
          />
          <TextInput
            size="xs"
            label="Resolution note"
            value={draft.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={fieldErrorOf(resolve.error, 'note')}
          />
        </Group>
        <Group>
          <Button type="submit" size="xs" variant="light" loading={resolve.isPending}>
            Resolve task
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
