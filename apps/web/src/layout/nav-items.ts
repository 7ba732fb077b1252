import type { Role } from '@naltrack/domain';

/** A count drawn next to a nav item; each kind has its own query in main-nav. */
export type NavBadge = 'approvals';

/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  label: string;
  /** Match only this exact path, not the pages below it. */
  end?: boolean;
  /** Shown only to users holding one of these roles; everyone when absent. */
  roles?: readonly Role[];
  badge?: NavBadge;
}

/** Roles that see patients (administrators and auditors read no clinical data). */
export const CLINICAL_NAV_ROLES: readonly Role[] = ['prescriber', 'therapist', 'nurse', 'team_lead'];

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Today', end: true },
  { to: '/caseload', label: 'Caseload', roles: CLINICAL_NAV_ROLES },
  { to: '/approvals', label: 'Approvals', roles: CLINICAL_NAV_ROLES, badge: 'approvals' },
  { to: '/review', label: 'Case review', roles: CLINICAL_NAV_ROLES },
  { to: '/reports', label: 'Reports', roles: CLINICAL_NAV_ROLES },
  { to: '/measures', label: 'Measures', roles: CLINICAL_NAV_ROLES },
  // Admins manage users and teams; the audit trail is for auditors only (the API answers 403 to admins).
  { to: '/admin', label: 'Admin', roles: ['admin'] },
  { to: '/audit', label: 'Audit', roles: ['auditor'] },
];

/** The items a user with these roles sees, in order. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
