import type { Role } from '@naltrack/domain';
import { isPermissionDenied } from './api-field-errors';

/**
 * Whether to show a recording form. The role check saves a round trip; the API's 403 stays the
 * authority (roles can change while the page is open), so a denied write hides the form too.
 */
export function mayRecord(roles: readonly Role[] | undefined, allowed: readonly Role[], ...errors: unknown[]): boolean {
  return (roles ?? []).some((role) => allowed.includes(role)) && !errors.some(isPermissionDenied);
}

/**
 * True when the caller sees a patient outside their care teams, which only break-glass allows: they
 * may read, and the API refuses every change (403 BREAK_GLASS_READ_ONLY). Unknown teams (the
 * caller still loading) read as false, so the API's answer decides.
 */
export function readsByBreakGlass(
  careTeams: readonly { id: string }[] | undefined,
  patientCareTeamId: string,
): boolean {
  return careTeams !== undefined && !careTeams.some((team) => team.id === patientCareTeamId);
}
