import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { addDays, type CaseloadFlag, type ClinicalDate, FLAG_LABELS } from '@naltrack/domain';
import type { FormEvent } from 'react';
import { useCreateFlagAcknowledgement } from '../../api/hooks/use-create-flag-acknowledgement';
import type { NewFlagAcknowledgement } from '../../api/outreach';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { useRecordDraft } from './use-record-draft';

const SHOWN_FIELDS = ['flag', 'reason', 'untilOn'];
/** A week is the usual "seen, nothing to do yet" (a planned absence, a hospital stay). */
const DEFAULT_DAYS = 7;

interface AcknowledgementDraft {
  flag: CaseloadFlag;
  reason: string;
  untilOn: ClinicalDate;
}

export function toNewFlagAcknowledgement(draft: AcknowledgementDraft): NewFlagAcknowledgement {
  return { flag: draft.flag, reason: draft.reason.trim(), untilOn: draft.untilOn };
}

interface OutreachAcknowledgementFormProps {
  patientId: string;
  /** The patient's flags not yet acknowledged; the form shows only when there is one. */
  flags: readonly CaseloadFlag[];
  today: ClinicalDate;
  onDone: () => void;
}

/** Mutes a flag on the caseload until a day, with why it needs no action until then. */
export function OutreachAcknowledgementForm({ patientId, flags, today, onDone }: OutreachAcknowledgementFormProps) {
  const create = useCreateFlagAcknowledgement(patientId);
  const { draft, set } = useRecordDraft<AcknowledgementDraft>(() => ({
    flag: flags[0] ?? 'injection_overdue',
    reason: '',
    untilOn: addDays(today, DEFAULT_DAYS),
  }));
  const errorAt = (field: string) => fieldErrorOf(create.error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toNewFlagAcknowledgement(draft), { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Acknowledge flag">
      <Stack gap="xs">
        <FormFeedback error={create.error} shownFields={SHOWN_FIELDS} failedTitle="Not acknowledged" />
        <SimpleGrid minColWidth={150} spacing="xs">
          <NativeSelect
            size="xs"
            label="Flag"
            data={flags.map((flag) => ({ value: flag, label: FLAG_LABELS[flag] }))}
            value={draft.flag}
            onChange={(e) => set('flag', e.currentTarget.value as CaseloadFlag)}
            error={errorAt('flag')}
          />
          <TextInput
            size="xs"
            type="date"
            label="Until"
            required
            min={today}
            value={draft.untilOn}
            onChange={(e) => set('untilOn', e.currentTarget.value)}
            error={errorAt('untilOn')}
          />
        </SimpleGrid>
        <TextInput
          size="xs"
          label="Why no action is needed"
          required
          value={draft.reason}
          onChange={(e) => set('reason', e.currentTarget.value)}
          error={errorAt('reason')}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={create.isPending}>
            Acknowledge
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
