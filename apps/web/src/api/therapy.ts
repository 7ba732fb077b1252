import type { CopingSkill, SessionModality, SessionOutcome, SessionType } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** One therapy session of `GET /patients/:id/therapy-sessions` (newest first). */
export type TherapySession = ApiSchema<'TherapySessionViewDto'>;

/** The body of `POST /patients/:id/therapy-sessions`; every session starts as `scheduled`. */
export interface NewTherapySession {
  /** An instant with its UTC offset, e.g. 2026-11-30T15:00:00-05:00 (a bare local time is refused). */
  scheduledAt: string;
  type: SessionType;
  modality?: SessionModality;
  clinicianId?: string;
}

/** The body of `PATCH /therapy-sessions/:id`. */
export interface TherapySessionOutcome {
  status: SessionOutcome;
  /** The coping skills practiced; omitted keeps those recorded before. */
  copingSkills?: CopingSkill[];
}

const sessionsPath = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/therapy-sessions`;

export function getTherapySessions(patientId: string, signal?: AbortSignal): Promise<TherapySession[]> {
  return apiClient.get<TherapySession[]>(sessionsPath(patientId), { signal });
}

export function createTherapySession(patientId: string, session: NewTherapySession): Promise<TherapySession> {
  return apiClient.post<TherapySession>(sessionsPath(patientId), session);
}

export function updateTherapySession(sessionId: string, outcome: TherapySessionOutcome): Promise<TherapySession> {
  return apiClient.patch<TherapySession>(`/therapy-sessions/${encodeURIComponent(sessionId)}`, outcome);
}
