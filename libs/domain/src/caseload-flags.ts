import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import type { InjectionStatus } from './injection.js';
import type { Formulation } from './medication.js';

export const CASELOAD_FLAGS = [
  'injection_overdue',
  'low_adherence',
  'missed_sessions',
  'craving_high',
  'positive_screen',
  'early_relapse',
  'stopped_without_approval',
  'relapse_during_taper',
] as const;
export type CaseloadFlag = (typeof CASELOAD_FLAGS)[number];

/** One line each, shown on hover; the numbers come from the clinic's settings. */
export function describeFlags(settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS): Record<CaseloadFlag, string> {
  const weeks = Math.round(settings.earlyRelapseDays / 7);
  return {
    injection_overdue: `XR-naltrexone injection is more than ${settings.injectionGraceDays} days past due (${settings.injectionIntervalDays} days after the last one).`,
    low_adherence: `Proportion of days covered over the last 90 days is below ${Math.round(settings.adherentPdc * 100)}%.`,
    missed_sessions: `Missed the last ${settings.missedSessionsInRow} or more therapy sessions in a row (no-show).`,
    craving_high: `Latest craving score (PACS) is ${settings.cravingHighPacs} or higher.`,
    positive_screen: `A drug or alcohol screen was positive in the last ${settings.positiveScreenDays} days.`,
    early_relapse: `Relapsed within ${weeks} weeks of starting naltrexone.`,
    stopped_without_approval: 'Appears to have stopped naltrexone without an approved discontinuation.',
    relapse_during_taper: 'Relapsed after an approved taper or stop began.',
  };
}

export const FLAG_DESCRIPTIONS: Record<CaseloadFlag, string> = describeFlags();

export interface CaseloadFlagInput {
  today: ClinicalDate;
  formulation: Formulation | null;
  injection: { status: InjectionStatus; lastOn?: ClinicalDate | null };
  pdc90: number | null;
  noShowsInARow: number;
  latestPacs: number | null;
  lastPositiveScreenOn: ClinicalDate | null;
  earlyRelapse: boolean;
  lastOralDoseOn: ClinicalDate | null;
  /** Last day any supply covers; supply on hand means an oral patient has not stopped. */
  coveredThrough?: ClinicalDate | null;
  hasApprovedDiscontinuation: boolean;
  /** The team expects the patient to be taking naltrexone (started, not discontinued). */
  onNaltrexone: boolean;
  /** Latest day a clinician resolved a "stopped without approval" flag (re-engaged, relapse, request). */
  stopResolvedOn?: ClinicalDate | null;
  /** Day an approved taper or stop began, while it runs. */
  taperStartedOn?: ClinicalDate | null;
  lastRelapseOn?: ClinicalDate | null;
}

/**
 * Flags in CASELOAD_FLAGS order. Medication flags (injection_overdue, low_adherence,
 * stopped_without_approval) apply only while the patient is on naltrexone, and injection_overdue
 * only on XR, so a patient who moved to oral or was discontinued is not flagged forever.
 */
export function caseloadFlags(
  input: CaseloadFlagInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): CaseloadFlag[] {
  const onXr = input.onNaltrexone && input.formulation === 'xr_injection';
  const injectionOverdue = onXr && input.injection.status === 'overdue';
  const checks: Record<CaseloadFlag, boolean> = {
    injection_overdue: injectionOverdue,
    low_adherence: input.onNaltrexone && input.pdc90 !== null && input.pdc90 < settings.adherentPdc,
    missed_sessions: input.noShowsInARow >= settings.missedSessionsInRow,
    craving_high: input.latestPacs !== null && input.latestPacs >= settings.cravingHighPacs,
    // Within the last 14 days = today and the 13 days before it (a future date counts too).
    positive_screen:
      input.lastPositiveScreenOn !== null &&
      daysBetween(input.lastPositiveScreenOn, input.today) < settings.positiveScreenDays,
    early_relapse: input.earlyRelapse,
    stopped_without_approval:
      input.onNaltrexone &&
      !input.hasApprovedDiscontinuation &&
      ((input.formulation === 'oral' && oralStopped(input, settings)) || injectionOverdue) &&
      !stopResolved(input),
    relapse_during_taper:
      input.taperStartedOn != null && input.lastRelapseOn != null && input.lastRelapseOn >= input.taperStartedOn,
  };
  return CASELOAD_FLAGS.filter((flag) => checks[flag]);
}

/** The last day the patient is known to have had naltrexone: a dose, supply on hand, or an injection. */
function lastTreatedOn(input: CaseloadFlagInput): ClinicalDate | null {
  const days = [input.lastOralDoseOn, input.coveredThrough ?? null, input.injection.lastOn ?? null].filter(
    (day): day is ClinicalDate => day !== null,
  );
  // ISO dates sort as text.
  return days.sort().at(-1) ?? null;
}

function oralStopped(input: CaseloadFlagInput, settings: ClinicalSettings): boolean {
  if (input.lastOralDoseOn === null) return false;
  // Days without a dose are counted from the end of any supply on hand, not from the dispense.
  const lastOn = lastTreatedOn(input) ?? input.lastOralDoseOn;
  return daysBetween(lastOn, input.today) >= settings.stoppedOralDays;
}

/** A resolution counts for the stop it was made about: one recorded after the last treatment. */
function stopResolved(input: CaseloadFlagInput): boolean {
  const resolvedOn = input.stopResolvedOn ?? null;
  const lastOn = lastTreatedOn(input);
  return resolvedOn !== null && (lastOn === null || resolvedOn >= lastOn);
}
