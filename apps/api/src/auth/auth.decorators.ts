import type { Role } from '@naltrack/domain';
import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'naltrack:public';
export const ALLOWED_ROLES = 'naltrack:roles';
export const PATIENT_SCOPE = 'naltrack:patient-scope';

/** No sign-in needed (health, sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only callers holding one of these roles; everyone else gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface PatientScope {
  /** The route parameter that names the record. */
  param: string;
  /** What the parameter names: the patient itself, or a record that belongs to one. */
  via: 'patient' | 'therapy_session' | 'discontinuation_request';
}

/**
 * The route reads or writes one patient's records: callers outside the patient's care teams (and
 * without break-glass access) get 404, exactly as for a patient that does not exist.
 */
export const PatientScoped = (scope: PatientScope = { param: 'id', via: 'patient' }) =>
  SetMetadata(PATIENT_SCOPE, scope);

export const ALLOWED_DURING_TOTP_SETUP = 'naltrack:allowed-during-totp-setup';

/** Reachable by an admin who has yet to set up the second factor they must have. */
export const AllowedDuringTotpSetup = () => SetMetadata(ALLOWED_DURING_TOTP_SETUP, true);

/** The roles that treat patients; admins and auditors read no clinical data. */
export const ClinicalRoles = () => Roles('prescriber', 'therapist', 'nurse', 'team_lead');
