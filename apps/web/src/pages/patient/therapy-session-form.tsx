import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type Role, SESSION_MODALITIES, SESSION_OUTCOMES, SESSION_TYPES } from '@naltrack/domain';
import { type FormEvent } from 'react';
import { errorMessageOf } from '../../api/api-error';
import { useCreateTherapySession } from '../../api/hooks/use-create-therapy-session';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useUpdateTherapySession } from '../../api/hooks/use-update-therapy-session';
import { useSignedInUser } from '../../auth/signed-in-user';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { SESSION_MODALITY_LABELS, SESSION_OUTCOME_LABELS, SESSION_TYPE_LABELS } from './patient-format';
import { mayRecord } from './recording-access';
import { thisHourAtClinic } from './session-time';
import { outcomeOf, type TherapySessionDraft, takesOutcome, toNewTherapySession } from './therapy-session-fields';
import { useRecordDraft } from './use-record-draft';

/** The API lets only therapists schedule sessions and record their outcome (403 for others). */
export const SESSION_ROLES: readonly Role[] = ['therapist'];
export const SESSION_NOT_ALLOWED =
  'Only therapists can schedule therapy sessions or record their outcome. Ask the patient’s therapist.';
const SHOWN_FIELDS = ['scheduledAt', 'type', 'modality', 'clinicianId'];

const typeOptions = SESSION_TYPES.map((value) => ({ value, label: SESSION_TYPE_LABELS[value] }));
const modalityOptions = [
  { value: '', label: 'Not recorded' },
  ...SESSION_MODALITIES.map((value) => ({ value, label: SESSION_MODALITY_LABELS[value] })),
];
const outcomeOptions = [
  { value: '', label: 'Not held yet (scheduled)' },
  ...SESSION_OUTCOMES.map((value) => ({ value, label: SESSION_OUTCOME_LABELS[value] })),
];

function emptyDraft(timeZone: string): TherapySessionDraft {
  return { scheduledAt: thisHourAtClinic(timeZone), type: 'individual', modality: '', outcome: '', heldByMe: true };
}

/** Schedules a session, or records one already held (scheduled, then its outcome, in two requests). */
export function TherapySessionForm({ patientId }: { patientId: string }) {
  const currentUser = useFetchCurrentUser();
  const create = useCreateTherapySession(patientId);
  const update = useUpdateTherapySession(patientId);
  const { clinicTimeZone } = useSignedInUser();
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<TherapySessionDraft>(() =>
    emptyDraft(clinicTimeZone),
  );

  if (!mayRecord(currentUser.data?.roles, SESSION_ROLES, create.error, update.error)) {
    return (
      <Text size="sm" c="gray.7">
        {SESSION_NOT_ALLOWED}
      </Text>
    );
  }

  const error = create.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const withOutcome = takesOutcome(draft, clinicTimeZone);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.reset();
    const outcome = outcomeOf(draft, clinicTimeZone);
    const done = (text: string | null) => {
      // A fresh draft either way, so pressing the button again cannot schedule the session twice.
      setDraft((previous) => ({ ...emptyDraft(clinicTimeZone), type: previous.type, modality: previous.modality }));
      setSavedText(text);
    };
    create.mutate(toNewTherapySession(draft, clinicTimeZone, currentUser.data?.id), {
      onSuccess: (session) => {
        if (!outcome) return done('Session scheduled. Record its outcome in the Outcome tab once it is held.');
        update.mutate(
          { sessionId: session.id, status: outcome },
          {
            onSuccess: () => done('Session recorded. Attendance and timeline are updated.'),
            onError: () => done(null),
          },
        );
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record therapy session">
      <Stack gap="sm">
        <FormFeedback error={error} shownFields={SHOWN_FIELDS} savedText={savedText} />
        {update.error ? (
          <Alert color="red" variant="light" title="Scheduled, but the outcome was not recorded">
            {errorMessageOf(update.error)} Record it in the Outcome tab.
          </Alert>
        ) : null}
        <SimpleGrid minColWidth={170} spacing="sm">
          <TextInput
            type="datetime-local"
            label="Date and time"
            required
            value={draft.scheduledAt}
            onChange={(e) => set('scheduledAt', e.currentTarget.value)}
            error={errorAt('scheduledAt')}
          />
          <NativeSelect
            label="Session type"
            data={typeOptions}
            value={draft.type}
            onChange={(e) => set('type', e.currentTarget.value as TherapySessionDraft['type'])}
            error={errorAt('type')}
          />
          <NativeSelect
            label="Modality"
            data={modalityOptions}
            value={draft.modality}
            onChange={(e) => set('modality', e.currentTarget.value as TherapySessionDraft['modality'])}
            error={errorAt('modality')}
          />
        </SimpleGrid>
        {withOutcome ? (
          <NativeSelect
            label="Outcome"
            description="Leave as scheduled to record the outcome later."
            data={outcomeOptions}
            value={draft.outcome}
            onChange={(e) => set('outcome', e.currentTarget.value as TherapySessionDraft['outcome'])}
          />
        ) : (
          <Text size="xs" c="gray.7">
            A session in the future is scheduled; its outcome is recorded once it has been held.
          </Text>
        )}
        <Checkbox
          label="I hold this session"
          checked={draft.heldByMe}
          onChange={(e) => set('heldByMe', e.currentTarget.checked)}
          error={errorAt('clinicianId')}
        />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {withOutcome && draft.outcome ? 'Record session' : 'Schedule session'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
