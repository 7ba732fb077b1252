import type { ClinicalDate } from './clinical-date.js';

export const SESSION_STATUSES = [
  'scheduled',
  'attended',
  'late',
  'no_show',
  'cancelled_by_patient',
  'cancelled_by_clinic',
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_TYPES = ['individual', 'group', 'family', 'medication_management', 'intake'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Outcomes a clinician records; `scheduled` is where every session starts. */
export type SessionOutcome = Exclude<SessionStatus, 'scheduled'>;
export const SESSION_OUTCOMES: readonly SessionOutcome[] = SESSION_STATUSES.filter(
  (status): status is SessionOutcome => status !== 'scheduled',
);

export const SESSION_MODALITIES = ['in_person', 'video', 'phone'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];

/** Statuses where the patient came (arriving late still counts as attended). */
export function isAttended(status: SessionStatus): boolean {
  return status === 'attended' || status === 'late';
}

/**
 * (attended + late) / (attended + late + no_show + cancelled_by_patient). Sessions still
 * scheduled or cancelled by the clinic say nothing about the patient and are left out.
 * Null when no session counts.
 */
export function attendanceRate(sessions: readonly { status: SessionStatus }[]): number | null {
  let came = 0;
  let counted = 0;
  for (const { status } of sessions) {
    if (isAttended(status)) came++;
    if (isAttended(status) || status === 'no_show' || status === 'cancelled_by_patient') counted++;
  }
  return counted === 0 ? null : came / counted;
}

/** A session's timing: the clinic day, the instant (ISO 8601), or both. */
export type SessionTiming =
  | { scheduledOn: ClinicalDate; scheduledAt?: string | null }
  | { scheduledOn?: ClinicalDate | null; scheduledAt: string };

// Attended sessions sort after a no-show at the same moment: being there ends the run.
const TIE_RANK: Record<SessionStatus, number> = {
  no_show: 0,
  cancelled_by_patient: 1,
  late: 2,
  attended: 3,
  scheduled: 4,
  cancelled_by_clinic: 4,
};

function sortKey(session: SessionTiming): [string, number] {
  const at = session.scheduledAt ? Date.parse(session.scheduledAt) : Number.NaN;
  // The clinic day orders first; an ISO instant without it uses the date it was written with.
  const day = session.scheduledOn ?? session.scheduledAt?.slice(0, 10) ?? '';
  return [day, Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at];
}

/**
 * Consecutive no-shows counting back from the most recent session with an outcome. Sessions
 * still scheduled or cancelled by the clinic are skipped; a patient cancellation ends the run
 * (the patient was in touch).
 */
export function noShowsInARow(sessions: readonly (SessionTiming & { status: SessionStatus })[]): number {
  const withOutcome = sessions
    .filter((s) => s.status !== 'scheduled' && s.status !== 'cancelled_by_clinic')
    .map((s) => ({ key: sortKey(s), status: s.status }))
    .sort((a, b) => {
      if (a.key[0] !== b.key[0]) return a.key[0] < b.key[0] ? -1 : 1;
      return a.key[1] - b.key[1] || TIE_RANK[a.status] - TIE_RANK[b.status];
    });
  let count = 0;
  for (let i = withOutcome.length - 1; i >= 0 && withOutcome[i]?.status === 'no_show'; i--) count++;
  return count;
}
