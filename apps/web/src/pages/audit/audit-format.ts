import type { AuditOutcome } from '../../api/audit';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-05-01 14:03:22" in the device's time zone: sortable by eye, and dense. */
export function formatEventTime(iso: string): string {
  const at = new Date(iso);
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ` +
    `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`
  );
}

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: 'Success',
  denied: 'Denied',
  failure: 'Failure',
};

export const OUTCOME_COLORS: Record<AuditOutcome, string> = {
  success: 'teal',
  denied: 'orange',
  failure: 'red',
};

export const formatCount = new Intl.NumberFormat('en-US').format;
