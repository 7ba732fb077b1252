import type { SessionModality, SessionOutcome, SessionType } from '@naltrack/domain';
import type { NewTherapySession } from '../../api/therapy';
import { hasBegun, toInstantWithOffset } from './session-time';

/** What the session form holds; `scheduledAt` is the `datetime-local` value, at the clinic. */
export interface TherapySessionDraft {
  scheduledAt: string;
  type: SessionType;
  modality: SessionModality | '';
  /** Empty: only schedule it. */
  outcome: SessionOutcome | '';
  /** The signed-in therapist holds the session. */
  heldByMe: boolean;
}

/** An outcome says what happened, so it is offered only once the entered time has come. */
export const takesOutcome = (draft: TherapySessionDraft, timeZone: string, now?: Date) =>
  hasBegun(draft.scheduledAt, timeZone, now);

/** The body of the POST; the outcome is a second request (PATCH) once the session exists. */
export function toNewTherapySession(
  draft: TherapySessionDraft,
  timeZone: string,
  currentUserId: string | undefined,
): NewTherapySession {
  const body: NewTherapySession = { scheduledAt: toInstantWithOffset(draft.scheduledAt, timeZone), type: draft.type };
  if (draft.modality) body.modality = draft.modality;
  if (draft.heldByMe && currentUserId) body.clinicianId = currentUserId;
  return body;
}

/** The outcome to record right after scheduling, or null to leave the session scheduled. */
export function outcomeOf(draft: TherapySessionDraft, timeZone: string, now?: Date): SessionOutcome | null {
  return draft.outcome && takesOutcome(draft, timeZone, now) ? draft.outcome : null;
}
