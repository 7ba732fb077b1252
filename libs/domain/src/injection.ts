import { addDays, type ClinicalDate } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import type { MedicationEventInput } from './medication.js';

export const INJECTION_STATUSES = ['none', 'on_time', 'due_soon', 'late', 'overdue'] as const;
export type InjectionStatus = (typeof INJECTION_STATUSES)[number];

export interface InjectionStatusResult {
  lastOn: ClinicalDate | null;
  dueOn: ClinicalDate | null;
  status: InjectionStatus;
}

/**
 * With due = last + interval (28 d), dueSoon = 7 and grace = 7:
 * on_time before due - 7; due_soon from due - 7 through the due date itself;
 * late the day after due through due + 7; overdue from due + 8.
 */
export function injectionStatus(
  lastInjectionOn: ClinicalDate | null,
  today: ClinicalDate,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): InjectionStatusResult {
  if (lastInjectionOn === null) return { lastOn: null, dueOn: null, status: 'none' };
  const dueOn = addDays(lastInjectionOn, settings.injectionIntervalDays);
  let status: InjectionStatus;
  if (today < addDays(dueOn, -settings.injectionDueSoonDays)) status = 'on_time';
  else if (today <= dueOn) status = 'due_soon';
  else if (today <= addDays(dueOn, settings.injectionGraceDays)) status = 'late';
  else status = 'overdue';
  return { lastOn: lastInjectionOn, dueOn, status };
}

/** The latest XR-NTX injection given on or before `onOrBefore`. */
export function latestInjectionOn(
  events: readonly MedicationEventInput[],
  onOrBefore: ClinicalDate,
): ClinicalDate | null {
  let latest: ClinicalDate | null = null;
  for (const e of events) {
    if (e.kind !== 'administered' || e.formulation !== 'xr_injection' || e.occurredOn > onOrBefore) continue;
    if (latest === null || e.occurredOn > latest) latest = e.occurredOn;
  }
  return latest;
}
