/** One entry of the main navigation. Pages added later (caseload, approvals, admin, audit) go here. */
export interface NavItem {
  to: string;
  label: string;
  /** Match only this exact path, not the pages below it. */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Overview', end: true },
  { to: '/caseload', label: 'Caseload' },
];
