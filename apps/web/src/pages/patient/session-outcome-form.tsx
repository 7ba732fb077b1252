import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  COPING_SKILL_LABELS,
  COPING_SKILLS,
  type CopingSkill,
  isAttended,
  SESSION_OUTCOMES,
  type SessionOutcome,
} from '@naltrack/domain';
import { type FormEvent, useState } from 'react';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatientTherapySessions } from '../../api/hooks/use-fetch-patient-therapy-sessions';
import { useUpdateTherapySession } from '../../api/hooks/use-update-therapy-session';
import type { TherapySession } from '../../api/therapy';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { fieldErrorOf, isPermissionDenied } from './api-field-errors';
import { ChoiceCheckboxes } from './choice-checkboxes';
import { FormFeedback } from './form-feedback';
import { labelOf, SESSION_MODALITY_LABELS, SESSION_OUTCOME_LABELS, SESSION_TYPE_LABELS } from './patient-format';
import { mayRecord } from './recording-access';
import { formatSessionTime } from './session-time';
import { SESSION_NOT_ALLOWED, SESSION_ROLES } from './therapy-session-form';

const SHOWN_FIELDS = ['status', 'copingSkills'];
const outcomeOptions = SESSION_OUTCOMES.map((value) => ({ value, label: SESSION_OUTCOME_LABELS[value] }));

function describeSession(session: TherapySession, timeZone: string): string {
  const modality = session.modality ? `, ${labelOf(SESSION_MODALITY_LABELS, session.modality)}` : '';
  return `${formatSessionTime(session.scheduledAt, timeZone)} — ${labelOf(SESSION_TYPE_LABELS, session.type)}${modality}`;
}

/** Sessions still waiting for an outcome, the ones already held first (most recent first). */
export function sessionsAwaitingOutcome(sessions: readonly TherapySession[], now: Date = new Date()): TherapySession[] {
  const waiting = sessions.filter((session) => session.status === 'scheduled');
  const begun = (session: TherapySession) => new Date(session.scheduledAt).getTime() <= now.getTime();
  return [...waiting.filter(begun), ...waiting.filter((session) => !begun(session)).reverse()];
}

function NotAllowed() {
  return (
    <Text size="sm" c="gray.7">
      {SESSION_NOT_ALLOWED}
    </Text>
  );
}

/** Picks one of the patient's sessions without an outcome and records what happened. */
export function SessionOutcomeForm({ patientId }: { patientId: string }) {
  const currentUser = useFetchCurrentUser();
  // Checked before the sessions are loaded: others have no use for the list.
  if (!mayRecord(currentUser.data?.roles, SESSION_ROLES)) return <NotAllowed />;
  return <OutcomeOfWaitingSession patientId={patientId} />;
}

function OutcomeOfWaitingSession({ patientId }: { patientId: string }) {
  const { clinicTimeZone } = useSignedInUser();
  const sessions = useFetchPatientTherapySessions(patientId);
  const update = useUpdateTherapySession(patientId);
  const [sessionId, setSessionId] = useState('');
  const [outcome, setOutcome] = useState<SessionOutcome>('attended');
  const [copingSkills, setCopingSkills] = useState<CopingSkill[]>([]);
  const [saved, setSaved] = useState(false);

  // The API's 403 stays the authority (roles can change while the page is open).
  if (isPermissionDenied(update.error)) return <NotAllowed />;
  if (sessions.isPending) return <LoadingState label="Loading sessions…" />;
  if (sessions.isError) {
    return (
      <ErrorAlert title="Could not load the sessions" error={sessions.error} onRetry={() => void sessions.refetch()} />
    );
  }

  const waiting = sessionsAwaitingOutcome(sessions.data);
  if (waiting.length === 0) {
    return (
      <Stack gap="sm">
        {saved ? <FormFeedback error={null} shownFields={[]} savedText="Outcome recorded." /> : null}
        <Text size="sm" c="gray.7">
          No session is waiting for an outcome. Schedule or record one in the Session tab.
        </Text>
      </Stack>
    );
  }

  // The first waiting session until one is picked (or the picked one got its outcome).
  const selected = waiting.find((session) => session.id === sessionId) ?? waiting[0];
  const sessionOptions = waiting.map((session) => ({
    value: session.id,
    label: describeSession(session, clinicTimeZone),
  }));
  const held = isAttended(outcome);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    // Skills are practiced only in a session held; an unticked list is not sent.
    const practiced = held && copingSkills.length > 0 ? { copingSkills } : {};
    update.mutate(
      { sessionId: selected.id, status: outcome, ...practiced },
      {
        onSuccess: () => {
          setSessionId('');
          setCopingSkills([]);
          setSaved(true);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record session outcome">
      <Stack gap="sm">
        <FormFeedback
          error={update.error}
          shownFields={SHOWN_FIELDS}
          savedText={saved ? 'Outcome recorded. Attendance and timeline are updated.' : null}
        />
        <SimpleGrid minColWidth={200} spacing="sm">
          <NativeSelect
            label="Session"
            data={sessionOptions}
            value={selected?.id ?? ''}
            onChange={(e) => {
              setSessionId(e.currentTarget.value);
              setSaved(false);
              update.reset();
            }}
          />
          <NativeSelect
            label="Outcome"
            data={outcomeOptions}
            value={outcome}
            onChange={(e) => {
              setOutcome(e.currentTarget.value as SessionOutcome);
              setSaved(false);
            }}
            error={fieldErrorOf(update.error, 'status')}
          />
        </SimpleGrid>
        {held ? (
          <ChoiceCheckboxes
            label="Coping skills practiced"
            choices={COPING_SKILLS}
            labels={COPING_SKILL_LABELS}
            value={copingSkills}
            onChange={(skills) => {
              setCopingSkills(skills);
              setSaved(false);
            }}
            error={fieldErrorOf(update.error, 'copingSkills')}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={update.isPending}>
            Record outcome
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
