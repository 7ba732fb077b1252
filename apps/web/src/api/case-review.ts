import type { ClinicalDate } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

export type CaseReviewDiscussed = ApiSchema<'CaseReviewDiscussedDto'>;
export type CaseReviewAgendaItem = ApiSchema<'CaseReviewAgendaItemDto'>;
export type CaseReviewSection = ApiSchema<'CaseReviewSectionDto'>;
export type CaseReviewKind = CaseReviewSection['kind'];

/** `GET /api/case-review`: one team's agenda for one day, every section in the meeting's order. */
export type CaseReviewAgenda = ApiSchema<'CaseReviewAgendaDto'>;

/** The body of `POST /api/case-review/items`: the team discussed this patient's item on that day. */
export interface NewCaseReviewItem {
  careTeamId: string;
  patientId: string;
  kind: CaseReviewKind;
  on: ClinicalDate;
  decisionNote: string;
}

export type CaseReviewItem = ApiSchema<'CaseReviewItemViewDto'>;

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
