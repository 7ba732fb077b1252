import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  describeInstrumentScore,
  INSTRUMENT_KINDS,
  INSTRUMENT_LABELS,
  INSTRUMENT_SCALES,
  type InstrumentKind,
  itemsProblem,
  type Sex,
  scoreInstrument,
} from '@naltrack/domain';
import { type FormEvent, useId } from 'react';
import { useCreateObservation } from '../../api/hooks/use-create-observation';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useClinicToday } from '../../auth/use-clinic-today';
import { CLINICAL_NAV_ROLES } from '../../layout/nav-items';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { answerOptions, INSTRUMENT_ITEMS } from './instrument-items';
import { mayRecord } from './recording-access';
import { useRecordDraft } from './use-record-draft';

const kindOptions = INSTRUMENT_KINDS.map((value) => ({ value, label: INSTRUMENT_LABELS[value] }));

interface InstrumentDraft {
  kind: InstrumentKind;
  observedOn: string;
  /** Answers as scores, '' until answered. */
  items: string[];
}

const emptyDraft = (kind: InstrumentKind, observedOn: string): InstrumentDraft => ({
  kind,
  observedOn,
  items: INSTRUMENT_SCALES[kind].items.map(() => ''),
});

/** The score once every item is answered, as the API will compute it. */
function liveScore(draft: InstrumentDraft, sex: Sex): string | null {
  const scores = draft.items.map((item) => (item === '' ? Number.NaN : Number(item)));
  if (itemsProblem(INSTRUMENT_SCALES[draft.kind], scores) !== null) return null;
  return describeInstrumentScore(draft.kind, scoreInstrument(draft.kind, scores, sex));
}

/** PHQ-9, GAD-7, AUDIT-C or BAM, item by item; the API scores it and keeps the score. */
export function InstrumentForm({ patientId, sex }: { patientId: string; sex: Sex }) {
  const currentUser = useFetchCurrentUser();
  const create = useCreateObservation(patientId);
  const today = useClinicToday();
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<InstrumentDraft>(() =>
    emptyDraft('phq9', today),
  );
  const errorId = useId();

  if (!mayRecord(currentUser.data?.roles, CLINICAL_NAV_ROLES, create.error)) {
    return (
      <Text size="sm" c="gray.7">
        Your role cannot record instruments for this patient.
      </Text>
    );
  }

  const itemsError = fieldErrorOf(create.error, 'items');
  const score = liveScore(draft, sex);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const items = draft.items.map((item) => (item === '' ? null : Number(item)));
    create.mutate(
      { kind: draft.kind, observedOn: draft.observedOn, items },
      {
        onSuccess: (observation) => {
          setDraft((previous) => emptyDraft(previous.kind, previous.observedOn));
          const recorded = observation.score ? describeInstrumentScore(draft.kind, observation.score) : '';
          setSavedText(`Recorded ${recorded}. Charts and timeline are updated.`);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record instrument">
      <Stack gap="sm">
        <FormFeedback error={create.error} shownFields={['observedOn', 'items']} savedText={savedText} />
        <SimpleGrid minColWidth={160} spacing="sm">
          <NativeSelect
            label="Instrument"
            data={kindOptions}
            value={draft.kind}
            onChange={(e) => setDraft(emptyDraft(e.currentTarget.value as InstrumentKind, draft.observedOn))}
          />
          <TextInput
            type="date"
            label="Date"
            required
            value={draft.observedOn}
            onChange={(e) => set('observedOn', e.currentTarget.value)}
            error={fieldErrorOf(create.error, 'observedOn')}
          />
        </SimpleGrid>
        <Fieldset
          legend={`${INSTRUMENT_LABELS[draft.kind]} items`}
          variant="unstyled"
          aria-describedby={itemsError ? errorId : undefined}
        >
          <SimpleGrid minColWidth={220} spacing="sm">
            {INSTRUMENT_ITEMS[draft.kind].map((item, index) => (
              <NativeSelect
                key={`${draft.kind}-${item.label}`}
                label={`${index + 1}. ${item.label}`}
                data={answerOptions(item)}
                value={draft.items[index] ?? ''}
                onChange={(e) =>
                  set(
                    'items',
                    draft.items.map((answer, i) => (i === index ? e.currentTarget.value : answer)),
                  )
                }
                error={itemsError ? true : undefined}
              />
            ))}
          </SimpleGrid>
          {itemsError ? (
            <Text id={errorId} size="xs" c="red.8" mt="xs">
              {itemsError}
            </Text>
          ) : null}
          <Text size="sm" mt="xs" aria-live="polite">
            Score: {score ?? 'answer every item'}
          </Text>
        </Fieldset>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record instrument
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
