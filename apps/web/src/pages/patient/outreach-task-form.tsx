import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CASELOAD_FLAGS, type ClinicalDate, type OutreachReason } from '@naltrack/domain';
import type { FormEvent } from 'react';
import { useCreateOutreachTask } from '../../api/hooks/use-create-outreach-task';
import type { NewOutreachTask, OutreachPerson } from '../../api/outreach';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { OUTREACH_REASON_LABELS } from './outreach-labels';
import { useRecordDraft } from './use-record-draft';

const SHOWN_FIELDS = ['reason', 'assigneeId', 'dueOn', 'note'];
const REASONS: readonly OutreachReason[] = ['other', ...CASELOAD_FLAGS];
const reasonOptions = REASONS.map((value) => ({ value, label: OUTREACH_REASON_LABELS[value] }));

interface TaskDraft {
  reason: OutreachReason;
  assigneeId: string;
  dueOn: ClinicalDate;
  note: string;
}

export function toNewOutreachTask(draft: TaskDraft): NewOutreachTask {
  const body: NewOutreachTask = { reason: draft.reason, assigneeId: draft.assigneeId, dueOn: draft.dueOn };
  const note = draft.note.trim();
  if (note) body.note = note;
  return body;
}

interface OutreachTaskFormProps {
  patientId: string;
  assignees: readonly OutreachPerson[];
  today: ClinicalDate;
  onDone: () => void;
}

/** Opens a task by hand; the API refuses a second open task with the same reason (409). */
export function OutreachTaskForm({ patientId, assignees, today, onDone }: OutreachTaskFormProps) {
  const create = useCreateOutreachTask(patientId);
  const { draft, set } = useRecordDraft<TaskDraft>(() => ({
    reason: 'other',
    assigneeId: assignees[0]?.id ?? '',
    dueOn: today,
    note: '',
  }));
  const errorAt = (field: string) => fieldErrorOf(create.error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toNewOutreachTask(draft), { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Open outreach task">
      <Stack gap="xs">
        <FormFeedback error={create.error} shownFields={SHOWN_FIELDS} failedTitle="Not opened" />
        <SimpleGrid minColWidth={150} spacing="xs">
          <NativeSelect
            size="xs"
            label="Reason"
            data={reasonOptions}
            value={draft.reason}
            onChange={(e) => set('reason', e.currentTarget.value as OutreachReason)}
            error={errorAt('reason')}
          />
          <NativeSelect
            size="xs"
            label="Assignee"
            data={assignees.map((person) => ({ value: person.id, label: person.displayName }))}
            value={draft.assigneeId}
            onChange={(e) => set('assigneeId', e.currentTarget.value)}
            error={errorAt('assigneeId')}
          />
          <TextInput
            size="xs"
            type="date"
            label="Due"
            required
            min={today}
            value={draft.dueOn}
            onChange={(e) => set('dueOn', e.currentTarget.value)}
            error={errorAt('dueOn')}
          />
        </SimpleGrid>
        <TextInput
          size="xs"
          label="Task note"
          value={draft.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errorAt('note')}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={create.isPending}>
            Open task
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
