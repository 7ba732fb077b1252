import type { Role } from '@naltrack/domain';

export const ROLE_LABELS: Record<Role, string> = {
  prescriber: 'Prescriber',
  therapist: 'Therapist',
  nurse: 'Nurse',
  team_lead: 'Team lead',
  admin: 'Administrator',
  auditor: 'Auditor',
};

export function roleLabelsOf(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABELS[role] ?? role).join(', ');
}
