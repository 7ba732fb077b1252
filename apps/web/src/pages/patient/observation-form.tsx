import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  CRAVING_VAS_MAX,
  isCravingKind,
  isInstrumentKind,
  OBSERVATION_KINDS,
  type ObservationKind,
  UDS_SUBSTANCE_LABELS,
  UDS_SUBSTANCES,
  type UdsSubstance,
} from '@naltrack/domain';
import { type FormEvent } from 'react';
import { useCreateObservation } from '../../api/hooks/use-create-observation';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useClinicToday } from '../../auth/use-clinic-today';
import { CLINICAL_NAV_ROLES } from '../../layout/nav-items';
import { fieldErrorOf } from './api-field-errors';
import { CravingCueFields } from './craving-cue-fields';
import { FormFeedback } from './form-feedback';
import {
  type BasicObservationKind,
  emptyItems,
  emptyResults,
  KIND_FIELDS,
  type ObservationDraft,
  takes,
  toNewObservation,
} from './observation-fields';
import { PacsItemsFields, ScreenResultsFields } from './observation-group-fields';
import { OBSERVATION_KIND_LABELS } from './patient-format';
import { mayRecord } from './recording-access';
import { useRecordDraft } from './use-record-draft';

const NOT_ALLOWED = 'Your role cannot record observations for this patient.';

/** How each measured value reads; the API checks the range. */
const VALUE_INPUTS: Partial<Record<ObservationKind, { label: string; description: string; step: string }>> = {
  craving_vas: {
    label: `Craving (0–${CRAVING_VAS_MAX})`,
    description: `0 is no craving, ${CRAVING_VAS_MAX} the strongest imaginable.`,
    step: '1',
  },
  breath_alcohol: { label: 'Breath alcohol (g/dL)', description: 'e.g. 0.000 when negative.', step: '0.001' },
  drinks: { label: 'Standard drinks that day', description: 'A whole number; 0 for none.', step: '1' },
  self_reported_use: { label: 'Amount used', description: '0 means no use that day.', step: 'any' },
};

const kindOptions = OBSERVATION_KINDS.filter((kind) => !isInstrumentKind(kind)).map((value) => ({
  value,
  label: OBSERVATION_KIND_LABELS[value],
}));
// "Alcohol (EtG)" names the screen's test; a patient reports drinking alcohol.
const substanceOptions = UDS_SUBSTANCES.map((value) => ({
  value,
  label: value === 'alcohol' ? 'Alcohol' : UDS_SUBSTANCE_LABELS[value],
}));

function emptyDraft(today: string, kind: BasicObservationKind = 'pacs'): ObservationDraft {
  return {
    kind,
    observedOn: today,
    items: emptyItems(),
    value: '',
    results: emptyResults(),
    substance: 'opioids',
    cues: [],
    cueNote: '',
  };
}

/** Craving scores, drug screens, breath alcohol, drinks and self-reported use: one kind at a time. */
export function ObservationForm({ patientId }: { patientId: string }) {
  const currentUser = useFetchCurrentUser();
  const create = useCreateObservation(patientId);
  const today = useClinicToday();
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<ObservationDraft>(() => emptyDraft(today));

  if (!mayRecord(currentUser.data?.roles, CLINICAL_NAV_ROLES, create.error)) {
    return (
      <Text size="sm" c="gray.7">
        {NOT_ALLOWED}
      </Text>
    );
  }

  const error = create.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const valueInput = VALUE_INPUTS[draft.kind];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toNewObservation(draft), {
      onSuccess: () => {
        setDraft((previous) => ({ ...emptyDraft(today, previous.kind), observedOn: previous.observedOn }));
        setSavedText('Recorded. Charts, flags and timeline are updated.');
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record observation">
      <Stack gap="sm">
        <FormFeedback
          error={error}
          shownFields={['kind', 'observedOn', ...KIND_FIELDS[draft.kind], 'cues', 'cueNote']}
          savedText={savedText}
        />
        <SimpleGrid minColWidth={160} spacing="sm">
          <NativeSelect
            label="Observation"
            data={kindOptions}
            value={draft.kind}
            onChange={(e) => set('kind', e.currentTarget.value as BasicObservationKind)}
            error={errorAt('kind')}
          />
          <TextInput
            type="date"
            label="Date"
            required
            value={draft.observedOn}
            onChange={(e) => set('observedOn', e.currentTarget.value)}
            error={errorAt('observedOn')}
          />
          {takes(draft, 'substance') ? (
            <NativeSelect
              label="Substance"
              data={substanceOptions}
              value={draft.substance}
              onChange={(e) => set('substance', e.currentTarget.value as UdsSubstance)}
              error={errorAt('substance')}
            />
          ) : null}
          {valueInput ? (
            <TextInput
              type="number"
              label={valueInput.label}
              description={valueInput.description}
              required
              min={0}
              step={valueInput.step}
              inputMode="decimal"
              value={draft.value}
              onChange={(e) => set('value', e.currentTarget.value)}
              error={errorAt('value')}
            />
          ) : null}
        </SimpleGrid>
        {takes(draft, 'items') ? (
          <PacsItemsFields items={draft.items} onChange={(items) => set('items', items)} error={errorAt('items')} />
        ) : null}
        {takes(draft, 'results') ? (
          <ScreenResultsFields
            results={draft.results}
            onChange={(results) => set('results', results)}
            error={errorAt('results')}
          />
        ) : null}
        {isCravingKind(draft.kind) ? (
          <CravingCueFields
            cues={draft.cues}
            cueNote={draft.cueNote}
            onCuesChange={(cues) => set('cues', cues)}
            onNoteChange={(note) => set('cueNote', note)}
            errorAt={errorAt}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record observation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
