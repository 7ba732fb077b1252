import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** One row of `GET /api/care-teams` (counts only, no PHI). Mirrors the API's CareTeamSummaryDto. */
export type CareTeamSummary = ApiSchema<'CareTeamSummaryDto'>;

export function getCareTeams(signal?: AbortSignal): Promise<CareTeamSummary[]> {
  return apiClient.get<CareTeamSummary[]>('/care-teams', { signal });
}

/** An active clinician of one of your teams: whom a task can be given to. */
export type CareTeamMember = ApiSchema<'CareTeamMemberDto'>;

export function getCareTeamMembers(careTeamId: string, signal?: AbortSignal): Promise<CareTeamMember[]> {
  return apiClient.get<CareTeamMember[]>(`/care-teams/${encodeURIComponent(careTeamId)}/members`, { signal });
}

/** `POST /api/care-teams` (admins). `code` is a short stable handle: lower-case letters, digits and -. */
export interface NewCareTeam {
  code: string;
  name: string;
  requireLeadApproval?: boolean;
}

/** `PATCH /api/care-teams/:id` (admins): only the fields sent change. */
export interface CareTeamChange {
  name?: string;
  requireLeadApproval?: boolean;
}

/** A care team as admins' writes answer it. */
export type CareTeam = ApiSchema<'CareTeamViewDto'>;

export function createCareTeam(team: NewCareTeam): Promise<CareTeam> {
  return apiClient.post<CareTeam>('/care-teams', team);
}

export function updateCareTeam(id: string, change: CareTeamChange): Promise<CareTeam> {
  return apiClient.patch<CareTeam>(`/care-teams/${encodeURIComponent(id)}`, change);
}
