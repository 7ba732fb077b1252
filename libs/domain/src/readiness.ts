import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';

export const READINESS_ITEMS = ['days_on_naltrexone', 'relapse_free', 'adherence', 'attendance', 'cravings'] as const;
export type ReadinessItemId = (typeof READINESS_ITEMS)[number];

export interface ReadinessItem {
  id: ReadinessItemId;
  label: string;
  met: boolean;
  /** What the record shows; null when it shows nothing (which never meets the target). */
  value: string | number | null;
  target: string;
}

export interface ReadinessInput {
  today: ClinicalDate;
  naltrexoneStartedOn: ClinicalDate | null;
  /** The last day of use in any relapse episode of the course; null without a relapse. */
  lastRelapseUseOn: ClinicalDate | null;
  /** A relapse episode is ongoing (use has not stopped for the episode's end window). */
  relapseOngoing: boolean;
  /** PDC (0-1) over readiness.windowDays; null before any fill. */
  pdc90: number | null;
  /** Attendance rate (0-1) over readiness.windowDays; null when no session counted. */
  attendanceRate90: number | null;
  latestPacs: number | null;
}

export interface ReadinessResult {
  ready: boolean;
  items: ReadinessItem[];
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/**
 * The discontinuation checklist shown to approvers; information, not a gate. Missing data (no
 * PDC, no sessions, no PACS) never counts as met: the approvers should see it is unknown.
 */
export function evaluateReadiness(
  input: ReadinessInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): ReadinessResult {
  const r = settings.readiness;
  // Day of the start is day 1, as on the caseload.
  const daysOn = input.naltrexoneStartedOn === null ? null : daysBetween(input.naltrexoneStartedOn, input.today) + 1;
  const daysSinceUse = input.lastRelapseUseOn === null ? null : daysBetween(input.lastRelapseUseOn, input.today);

  const items: ReadinessItem[] = [
    {
      id: 'days_on_naltrexone',
      label: 'Days on naltrexone',
      met: daysOn !== null && daysOn >= r.minDaysOnNaltrexone,
      value: daysOn,
      target: `≥ ${r.minDaysOnNaltrexone} days`,
    },
    {
      id: 'relapse_free',
      label: 'Days since last use in a relapse',
      // Counted from the last day of use, not the onset: a day of use on any of the last
      // relapseFreeDays days (today included) fails, and an ongoing relapse is never relapse-free.
      met: !input.relapseOngoing && (daysSinceUse === null || daysSinceUse >= r.relapseFreeDays),
      value: input.relapseOngoing ? 'relapse ongoing' : (daysSinceUse ?? 'no relapse recorded'),
      target: `No relapse in the last ${r.relapseFreeDays} days`,
    },
    {
      id: 'adherence',
      label: `Adherence (PDC, last ${r.windowDays} days)`,
      met: input.pdc90 !== null && input.pdc90 >= r.minPdc,
      value: input.pdc90 === null ? null : percent(input.pdc90),
      target: `≥ ${percent(r.minPdc)}`,
    },
    {
      id: 'attendance',
      label: `Therapy attendance (last ${r.windowDays} days)`,
      met: input.attendanceRate90 !== null && input.attendanceRate90 >= r.minAttendance,
      value: input.attendanceRate90 === null ? null : percent(input.attendanceRate90),
      target: `≥ ${percent(r.minAttendance)}`,
    },
    {
      id: 'cravings',
      label: 'Latest craving score (PACS, 0-30)',
      met: input.latestPacs !== null && input.latestPacs < r.maxPacsExclusive,
      value: input.latestPacs,
      target: `Below ${r.maxPacsExclusive}`,
    },
  ];
  return { ready: items.every((item) => item.met), items };
}
