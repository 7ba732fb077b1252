import type { ClinicalDate } from '@naltrack/domain';
import { apiClient } from './api-client';

export type CaseReviewKind =
  | 'pending_approval'
  | 'early_relapse'
  | 'relapse_during_taper'
  | 'stopped_without_approval'
  | 'injection_overdue'
  | 'outreach_stalled';

export interface CaseReviewDiscussed {
  decisionNote: string;
  discussedBy: { id: string; displayName: string };
  discussedAt: string;
}

export interface CaseReviewAgendaItem {
  patientId: string;
  name: string;
  mrn: string;
  kind: CaseReviewKind;
  figures: { label: string; value: string }[];
  requestId: string | null;
  discussed: CaseReviewDiscussed | null;
}

export interface CaseReviewSection {
  kind: CaseReviewKind;
  title: string;
  items: CaseReviewAgendaItem[];
}

/** `GET /api/case-review`: one team's agenda for one day, sections in the meeting's order. */
export interface CaseReviewAgenda {
  careTeamId: string;
  careTeamName: string;
  on: ClinicalDate;
  sections: CaseReviewSection[];
}

/** The body of `POST /api/case-review/items`: the team discussed this patient's item on that day. */
export interface NewCaseReviewItem {
  careTeamId: string;
  patientId: string;
  kind: CaseReviewKind;
  on: ClinicalDate;
  decisionNote: string;
}

export interface CaseReviewItem extends CaseReviewDiscussed {
  id: string;
  careTeamId: string;
  patientId: string;
  kind: CaseReviewKind;
  on: ClinicalDate;
}

/** The API refuses longer decision notes. */
export const DECISION_NOTE_MAX_LENGTH = 2000;

export function getCaseReview(careTeamId: string, on: ClinicalDate, signal?: AbortSignal): Promise<CaseReviewAgenda> {
  return apiClient.get<CaseReviewAgenda>('/case-review', { signal, query: { careTeamId, on } });
}

export function createCaseReviewItem(item: NewCaseReviewItem): Promise<CaseReviewItem> {
  return apiClient.post<CaseReviewItem>('/case-review/items', item);
}

/** A plain link: the browser downloads the PDF with the session cookie. */
export function caseReviewAgendaPdfUrl(careTeamId: string, on: ClinicalDate): string {
  return `/api/case-review/agenda.pdf?${new URLSearchParams({ careTeamId, on }).toString()}`;
}
