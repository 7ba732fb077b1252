import { apiClient } from './api-client';

/** One row of `GET /api/care-teams` (counts only, no PHI). Mirrors the API's CareTeamSummaryDto. */
export interface CareTeamSummary {
  id: string;
  code: string;
  name: string;
  /** Patients in the team, any status. */
  patientCount: number;
  /** Patients currently active on naltrexone. */
  activeCount: number;
}

export function getCareTeams(signal?: AbortSignal): Promise<CareTeamSummary[]> {
  return apiClient.get<CareTeamSummary[]>('/care-teams', { signal });
}
