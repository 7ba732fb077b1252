import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { FORMULATIONS, MEDICATION_EVENT_KINDS, type Role } from '@naltrack/domain';
import { type FormEvent } from 'react';
import { useCreateMedicationEvent } from '../../api/hooks/use-create-medication-event';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useClinicToday } from '../../auth/use-clinic-today';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import {
  isInjection,
  type MedicationEventDraft,
  needsDaysSupply,
  takesObserved,
  toNewMedicationEvent,
} from './medication-event-fields';
import { FORMULATION_LABELS, MEDICATION_KIND_LABELS } from './patient-format';
import { mayRecord } from './recording-access';
import { useRecordDraft } from './use-record-draft';

/** The API lets only these roles record medication (403 for others). */
const RECORDING_ROLES: readonly Role[] = ['prescriber', 'nurse'];
const SHOWN_FIELDS = ['kind', 'formulation', 'occurredOn', 'daysSupply', 'doseMg', 'observed', 'lot', 'site', 'note'];
const NOT_ALLOWED = 'Only prescribers and nurses can record medication events. Ask one of them to record it.';

const kindOptions = MEDICATION_EVENT_KINDS.map((value) => ({ value, label: MEDICATION_KIND_LABELS[value] }));
const formulationOptions = FORMULATIONS.map((value) => ({ value, label: FORMULATION_LABELS[value] }));

function emptyDraft(today: string): MedicationEventDraft {
  return {
    kind: 'taken',
    formulation: 'oral',
    occurredOn: today,
    daysSupply: '',
    doseMg: '',
    observed: true,
    lot: '',
    site: '',
    note: '',
  };
}

export function MedicationEventForm({ patientId }: { patientId: string }) {
  const currentUser = useFetchCurrentUser();
  const create = useCreateMedicationEvent(patientId);
  const today = useClinicToday();
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<MedicationEventDraft>(() =>
    emptyDraft(today),
  );

  if (!mayRecord(currentUser.data?.roles, RECORDING_ROLES, create.error)) {
    return (
      <Text size="sm" c="gray.7">
        {NOT_ALLOWED}
      </Text>
    );
  }

  const error = create.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toNewMedicationEvent(draft), {
      onSuccess: () => {
        setDraft((previous) => ({ ...emptyDraft(today), kind: previous.kind, formulation: previous.formulation }));
        setSavedText('Recorded. Metrics and timeline are updated.');
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record medication event">
      <Stack gap="sm">
        <FormFeedback error={error} shownFields={SHOWN_FIELDS} savedText={savedText} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NativeSelect
            label="Kind"
            data={kindOptions}
            value={draft.kind}
            onChange={(e) => set('kind', e.currentTarget.value as MedicationEventDraft['kind'])}
            error={errorAt('kind')}
          />
          <NativeSelect
            label="Formulation"
            data={formulationOptions}
            value={draft.formulation}
            onChange={(e) => set('formulation', e.currentTarget.value as MedicationEventDraft['formulation'])}
            error={errorAt('formulation')}
          />
          <TextInput
            type="date"
            label="Date"
            required
            value={draft.occurredOn}
            onChange={(e) => set('occurredOn', e.currentTarget.value)}
            error={errorAt('occurredOn')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          {needsDaysSupply(draft) ? (
            <TextInput
              type="number"
              label="Days' supply"
              required
              min={1}
              inputMode="numeric"
              value={draft.daysSupply}
              onChange={(e) => set('daysSupply', e.currentTarget.value)}
              error={errorAt('daysSupply')}
            />
          ) : null}
          <TextInput
            type="number"
            label="Dose (mg)"
            inputMode="decimal"
            value={draft.doseMg}
            onChange={(e) => set('doseMg', e.currentTarget.value)}
            error={errorAt('doseMg')}
          />
          {isInjection(draft) ? (
            <>
              <TextInput
                label="Lot"
                value={draft.lot}
                onChange={(e) => set('lot', e.currentTarget.value)}
                error={errorAt('lot')}
              />
              <TextInput
                label="Injection site"
                placeholder="e.g. left gluteal"
                value={draft.site}
                onChange={(e) => set('site', e.currentTarget.value)}
                error={errorAt('site')}
              />
            </>
          ) : null}
        </SimpleGrid>
        {takesObserved(draft) ? (
          <Checkbox
            label="Observed by staff (untick if self-reported)"
            checked={draft.observed}
            onChange={(e) => set('observed', e.currentTarget.checked)}
            error={errorAt('observed')}
          />
        ) : null}
        <TextInput
          label="Note"
          value={draft.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errorAt('note')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record event
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
