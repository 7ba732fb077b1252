import { apiClient } from './api-client';

/** One row of `GET /api/care-teams` (counts only, no PHI). Mirrors the API's CareTeamSummaryDto. */
export interface CareTeamSummary {
  id: string;
  code: string;
  name: string;
  /** Discontinuation also needs the team lead's approval (set by admins). */
  requireLeadApproval: boolean;
  /** Patients in the team, any status. */
  patientCount: number;
  /** Patients currently active on naltrexone. */
  activeCount: number;
}

export function getCareTeams(signal?: AbortSignal): Promise<CareTeamSummary[]> {
  return apiClient.get<CareTeamSummary[]>('/care-teams', { signal });
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
export interface CareTeam {
  id: string;
  code: string;
  name: string;
  requireLeadApproval: boolean;
}

export function createCareTeam(team: NewCareTeam): Promise<CareTeam> {
  return apiClient.post<CareTeam>('/care-teams', team);
}

export function updateCareTeam(id: string, change: CareTeamChange): Promise<CareTeam> {
  return apiClient.patch<CareTeam>(`/care-teams/${encodeURIComponent(id)}`, change);
}
