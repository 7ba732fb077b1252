import type { Role } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** A user as `GET /api/clinicians` (admins only) lists it. Mirrors the API's ClinicianViewDto. */
export type Clinician = ApiSchema<'ClinicianViewDto'>;

/** `POST /api/clinicians`: the password is the initial one, 12 to 128 characters, not a common one. */
export interface NewClinician {
  email: string;
  displayName: string;
  roles: Role[];
  careTeamIds: string[];
  password: string;
}

/** `PATCH /api/clinicians/:id`: only the fields sent change; `active: false` ends every session. */
export interface ClinicianChange {
  displayName?: string;
  roles?: Role[];
  careTeamIds?: string[];
  active?: boolean;
}

export function getClinicians(signal?: AbortSignal): Promise<Clinician[]> {
  return apiClient.get<Clinician[]>('/clinicians', { signal });
}

export function createClinician(clinician: NewClinician): Promise<Clinician> {
  return apiClient.post<Clinician>('/clinicians', clinician);
}

export function updateClinician(id: string, change: ClinicianChange): Promise<Clinician> {
  return apiClient.patch<Clinician>(`/clinicians/${encodeURIComponent(id)}`, change);
}
