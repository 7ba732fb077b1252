import type { ClinicalDate, DiscontinuationKind, OutreachOutcome, OutreachReason } from '@naltrack/domain';
import { apiClient } from './api-client';

/** A patient who needs something today; `on` is the day that matters (due, started, stopped). */
export interface TodayPatientLine {
  patientId: string;
  name: string;
  mrn: string;
  careTeamId: string;
  on: ClinicalDate;
  detail: string;
}

export interface TodaySessionLine {
  patientId: string;
  name: string;
  mrn: string;
  sessionId: string;
  scheduledAt: string;
  status: string;
}

export interface TodaySignalLine {
  patientId: string;
  name: string;
  mrn: string;
  kind: 'positive_screen' | 'craving_high';
  observedOn: ClinicalDate;
  detail: string;
}

export interface TodayApprovalLine {
  requestId: string;
  patientId: string;
  name: string;
  mrn: string;
  kind: DiscontinuationKind;
  proposedOn: ClinicalDate;
  proposedBy: string;
}

export interface TodayTaskLine {
  taskId: string;
  patientId: string;
  name: string;
  mrn: string;
  reason: OutreachReason;
  dueOn: ClinicalDate;
  overdue: boolean;
  attempts: number;
  lastOutcome: OutreachOutcome | null;
}

export interface TodayCounts {
  injectionsDue: number;
  sessionsToday: number;
  noShowsYesterday: number;
  newSignals: number;
  notStarted: number;
  stoppedWithoutApproval: number;
  approvals: number;
  outreachTasks: number;
}

/** `GET /api/today`: the signed-in clinician's day over their teams; each list holds at most 50 lines. */
export interface TodayView {
  today: ClinicalDate;
  counts: TodayCounts;
  injectionsDue: TodayPatientLine[];
  sessionsToday: TodaySessionLine[];
  noShowsYesterday: TodaySessionLine[];
  newSignals: TodaySignalLine[];
  notStarted: TodayPatientLine[];
  stoppedWithoutApproval: TodayPatientLine[];
  approvals: TodayApprovalLine[];
  outreachTasks: TodayTaskLine[];
}

export function getToday(signal?: AbortSignal): Promise<TodayView> {
  return apiClient.get<TodayView>('/today', { signal });
}
