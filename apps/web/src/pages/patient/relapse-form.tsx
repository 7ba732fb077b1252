import { Button, Group, List, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { RELAPSE_SUBSTANCES, type RelapseSubstance } from '@naltrack/domain';
import { type FormEvent } from 'react';
import { useCreateRelapse } from '../../api/hooks/use-create-relapse';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatientRelapses } from '../../api/hooks/use-fetch-patient-relapses';
import type { NewRelapse, Relapse } from '../../api/relapses';
import { useClinicToday } from '../../auth/use-clinic-today';
import { ErrorAlert } from '../../components/error-alert';
import { CLINICAL_NAV_ROLES } from '../../layout/nav-items';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { formatDate, labelOf, RELAPSE_RULE_LABELS, RELAPSE_SUBSTANCE_LABELS } from './patient-format';
import { mayRecord } from './recording-access';
import { useRecordDraft } from './use-record-draft';

const SHOWN_FIELDS = ['onsetOn', 'lastUseOn', 'substance', 'note'];
const NOT_ALLOWED = 'Your role cannot record relapses for this patient.';
const substanceOptions = RELAPSE_SUBSTANCES.map((value) => ({ value, label: RELAPSE_SUBSTANCE_LABELS[value] }));

interface RelapseDraft {
  onsetOn: string;
  /** Empty when the clinician does not know it. */
  lastUseOn: string;
  substance: RelapseSubstance;
  note: string;
}

export function toNewRelapse(draft: RelapseDraft): NewRelapse {
  const body: NewRelapse = { onsetOn: draft.onsetOn, substance: draft.substance };
  if (draft.lastUseOn) body.lastUseOn = draft.lastUseOn;
  const note = draft.note.trim();
  if (note) body.note = note;
  return body;
}

function describeDetection(relapse: Relapse): string {
  const rule = relapse.rule ? ` (${labelOf(RELAPSE_RULE_LABELS, relapse.rule)})` : '';
  return `${labelOf(RELAPSE_SUBSTANCE_LABELS, relapse.substance)} from ${formatDate(relapse.onsetOn)}${rule}`;
}

/** Records a relapse a clinician learned of, or confirms one the rules detected from screens and reports. */
export function RelapseForm({ patientId }: { patientId: string }) {
  const currentUser = useFetchCurrentUser();
  const today = useClinicToday();
  const relapses = useFetchPatientRelapses(patientId);
  const create = useCreateRelapse(patientId);
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<RelapseDraft>(() => ({
    onsetOn: today,
    lastUseOn: '',
    substance: 'opioids',
    note: '',
  }));

  if (!mayRecord(currentUser.data?.roles, CLINICAL_NAV_ROLES, create.error)) {
    return (
      <Text size="sm" c="gray.7">
        {NOT_ALLOWED}
      </Text>
    );
  }

  // A confirmation posts the detection's own substance and onset, so its errors are the form's.
  const confirming = create.variables?.confirmDetected === true;
  const error = create.error;
  const errorAt = (field: string) => (confirming ? undefined : fieldErrorOf(error, field));
  const unconfirmed = (relapses.data ?? []).filter((relapse) => !relapse.confirmed);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toNewRelapse(draft), {
      onSuccess: () => {
        setDraft((previous) => ({ ...previous, lastUseOn: '', note: '' }));
        setSavedText('Relapse recorded. Flags and timeline are updated.');
      },
    });
  };
  const confirm = (relapse: Relapse) => {
    setSavedText(null);
    create.mutate(
      { onsetOn: relapse.onsetOn, substance: relapse.substance, confirmDetected: true },
      { onSuccess: () => setSavedText(`Confirmed: ${describeDetection(relapse)}.`) },
    );
  };

  return (
    <Stack gap="sm">
      <FormFeedback error={error} shownFields={confirming ? [] : SHOWN_FIELDS} savedText={savedText} />
      {relapses.isError ? (
        <ErrorAlert
          title="Could not load detected relapses"
          error={relapses.error}
          onRetry={() => void relapses.refetch()}
        />
      ) : null}
      {unconfirmed.length > 0 ? (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Detected from screens and reports, not yet confirmed
          </Text>
          <List spacing="xs" listStyleType="none" aria-label="Detected relapses to confirm">
            {unconfirmed.map((relapse) => (
              <List.Item key={`${relapse.substance}-${relapse.onsetOn}`}>
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm">{describeDetection(relapse)}</Text>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => confirm(relapse)}
                    loading={create.isPending && confirming}
                    aria-label={`Confirm ${describeDetection(relapse)}`}
                  >
                    Confirm
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label="Record relapse">
        <Stack gap="sm">
          <SimpleGrid minColWidth={170} spacing="sm">
            <TextInput
              type="date"
              label="Onset"
              description="First day of the relapse."
              required
              value={draft.onsetOn}
              onChange={(e) => set('onsetOn', e.currentTarget.value)}
              error={errorAt('onsetOn')}
            />
            <TextInput
              type="date"
              label="Last day of use"
              description="If known; later screens and reports extend it."
              value={draft.lastUseOn}
              onChange={(e) => set('lastUseOn', e.currentTarget.value)}
              error={errorAt('lastUseOn')}
            />
            <NativeSelect
              label="Substance"
              data={substanceOptions}
              value={draft.substance}
              onChange={(e) => set('substance', e.currentTarget.value as RelapseSubstance)}
              error={errorAt('substance')}
            />
          </SimpleGrid>
          <Textarea
            label="Note"
            minRows={2}
            value={draft.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errorAt('note')}
          />
          <Group>
            <Button type="submit" loading={create.isPending && !confirming}>
              Record relapse
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
