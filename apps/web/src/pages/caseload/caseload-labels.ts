import type { CaseloadFlag, Formulation, InjectionStatus } from '@naltrack/domain';

export const FORMULATION_LABELS: Record<Formulation, string> = {
  oral: 'Oral',
  xr_injection: 'XR injection',
};

export const INJECTION_STATUS_LABELS: Record<InjectionStatus, string> = {
  none: 'None',
  on_time: 'On time',
  due_soon: 'Due soon',
  late: 'Late',
  overdue: 'Overdue',
};

/** Colour rises with urgency; the word is always shown too, so colour is never the only cue. */
// Border colours; the badge text itself is dark so it keeps 4.5:1 contrast (WCAG AA).
export const INJECTION_STATUS_COLORS: Record<InjectionStatus, string> = {
  none: 'gray.8',
  on_time: 'teal.9',
  due_soon: 'yellow.9',
  late: 'orange.9',
  overdue: 'red.9',
};

const formatPercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format;
export const formatCount = new Intl.NumberFormat('en-US').format;

/** Shown for a missing value; screen readers get "Not recorded" via the cell's aria-label. */
export const MISSING = '—';

export function percentText(value: number | null): string {
  return value === null ? MISSING : formatPercent(value);
}

export function numberText(value: number | null): string {
  return value === null ? MISSING : formatCount(value);
}

/** Clinical days stay as ISO dates: unambiguous, sortable by eye, and free of time-zone shifts. */
export function dateText(value: string | null): string {
  return value ?? MISSING;
}

/** The id of the hidden text describing a flag, for aria-describedby. */
export function flagDescriptionId(flag: CaseloadFlag): string {
  return `caseload-flag-description-${flag}`;
}
