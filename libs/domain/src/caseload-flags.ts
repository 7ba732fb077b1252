import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import type { InjectionStatus } from './injection.js';
import type { Formulation } from './medication.js';
import type { RelapseEpisode } from './relapse.js';
import { suicideRiskOpen } from './safety.js';

export const CASELOAD_FLAGS = [
  // First: the one flag that asks for a clinician the same day.
  'suicide_risk',
  'injection_overdue',
  'low_adherence',
  'missed_sessions',
  'craving_high',
  'positive_screen',
  'early_relapse',
  'stopped_without_approval',
  'relapse_during_taper',
  'not_started',
] as const;
export type CaseloadFlag = (typeof CASELOAD_FLAGS)[number];

/** One line each, shown on hover; the numbers come from the clinic's settings. */
export function describeFlags(settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS): Record<CaseloadFlag, string> {
  const weeks = Math.round(settings.earlyRelapseDays / 7);
  return {
    suicide_risk:
      'A PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above 0 and no safety assessment has been recorded on or after that day.',
    injection_overdue: `XR-naltrexone injection is more than ${settings.injectionGraceDays} days past due (${settings.injectionIntervalDays} days after the last one).`,
    low_adherence: `Proportion of days covered over the last 90 days is below ${Math.round(settings.adherentPdc * 100)}%.`,
    missed_sessions: `Missed the last ${settings.missedSessionsInRow} or more therapy sessions in a row (no-show).`,
    craving_high: `Latest craving score (PACS) is ${settings.cravingHighPacs} or higher.`,
    positive_screen: `A drug or alcohol screen was positive in the last ${settings.positiveScreenDays} days.`,
    early_relapse: `Relapsed within ${weeks} weeks of starting this course of naltrexone; the relapse is ongoing or ended less than ${settings.earlyRelapseFlagDays} days ago.`,
    stopped_without_approval: `No naltrexone in any form for ${settings.stoppedOralDays} days or more (for XR, the injection overdue too) without an approved discontinuation.`,
    relapse_during_taper: 'A relapse was ongoing when an approved taper or stop began, or began after it.',
    not_started: `Naltrexone was started ${settings.notStartedDays} or more days ago and no injection, dispense or dose has been recorded since.`,
  };
}

export const FLAG_DESCRIPTIONS: Record<CaseloadFlag, string> = describeFlags();

export interface CaseloadFlagInput {
  today: ClinicalDate;
  formulation: Formulation | null;
  /** The current naltrexone start. */
  startedOn?: ClinicalDate | null;
  /** Some injection, dispense or dose gave naltrexone on or after the current start. */
  treatedSinceStart?: boolean;
  injection: { status: InjectionStatus; lastOn?: ClinicalDate | null };
  pdc90: number | null;
  noShowsInARow: number;
  latestPacs: number | null;
  lastPositiveScreenOn: ClinicalDate | null;
  lastOralDoseOn: ClinicalDate | null;
  /** Last day any supply (any formulation) covers; supply on hand means the patient has not stopped. */
  coveredThrough?: ClinicalDate | null;
  hasApprovedDiscontinuation: boolean;
  /** The team expects the patient to be taking naltrexone (started, not discontinued). */
  onNaltrexone: boolean;
  /** Latest day a clinician resolved a "stopped without approval" flag (re-engaged, relapse, request). */
  stopResolvedOn?: ClinicalDate | null;
  /** Day an approved taper or stop began, while it runs. */
  taperStartedOn?: ClinicalDate | null;
  /** The relapse episodes of the current course. */
  relapses?: readonly Pick<RelapseEpisode, 'onsetOn' | 'endedOn' | 'early'>[];
  /** Day of the latest PHQ-9 with item 9 above 0. */
  positiveItem9On?: ClinicalDate | null;
  /** Day of the latest safety assessment. */
  lastSafetyAssessmentOn?: ClinicalDate | null;
}

/**
 * Flags in CASELOAD_FLAGS order. Medication flags (injection_overdue, low_adherence,
 * stopped_without_approval, not_started) apply only while the patient is on naltrexone, and
 * injection_overdue only on XR, so a patient who moved to oral or was discontinued is not flagged
 * forever. Coverage counts naltrexone in any formulation: an XR patient bridged with tablets is
 * overdue for the injection but has not stopped.
 */
export function caseloadFlags(
  input: CaseloadFlagInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): CaseloadFlag[] {
  const onXr = input.onNaltrexone && input.formulation === 'xr_injection';
  const injectionOverdue = onXr && input.injection.status === 'overdue';
  const checks: Record<CaseloadFlag, boolean> = {
    suicide_risk: suicideRiskOpen(input.positiveItem9On ?? null, input.lastSafetyAssessmentOn ?? null),
    injection_overdue: injectionOverdue,
    low_adherence: input.onNaltrexone && input.pdc90 !== null && input.pdc90 < settings.adherentPdc,
    missed_sessions: input.noShowsInARow >= settings.missedSessionsInRow,
    craving_high: input.latestPacs !== null && input.latestPacs >= settings.cravingHighPacs,
    // Within the last 14 days = today and the 13 days before it (a future date counts too).
    positive_screen:
      input.lastPositiveScreenOn !== null &&
      daysBetween(input.lastPositiveScreenOn, input.today) < settings.positiveScreenDays,
    early_relapse: earlyRelapseActive(input.relapses ?? [], input.today, settings),
    stopped_without_approval:
      input.onNaltrexone &&
      !input.hasApprovedDiscontinuation &&
      stoppedTaking(input, injectionOverdue, settings) &&
      !stopResolved(input),
    relapse_during_taper: relapseDuringTaper(input.relapses ?? [], input.taperStartedOn ?? null),
    not_started: input.onNaltrexone && notStarted(input, settings),
  };
  return CASELOAD_FLAGS.filter((flag) => checks[flag]);
}

/**
 * early_relapse belongs to the current course: an early relapse that is ongoing or ended less than
 * earlyRelapseFlagDays ago. The caller passes the current course's episodes, so a re-induction clears it.
 */
export function earlyRelapseActive(
  relapses: readonly Pick<RelapseEpisode, 'endedOn' | 'early'>[],
  today: ClinicalDate,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): boolean {
  return relapses.some(
    (r) => r.early && (r.endedOn === null || daysBetween(r.endedOn, today) < settings.earlyRelapseFlagDays),
  );
}

/** A relapse ongoing at the taper's start (not ended by that day) or beginning after it. */
function relapseDuringTaper(
  relapses: readonly Pick<RelapseEpisode, 'endedOn'>[],
  taperStartedOn: ClinicalDate | null,
): boolean {
  if (taperStartedOn === null) return false;
  return relapses.some((r) => r.endedOn === null || r.endedOn > taperStartedOn);
}

function notStarted(input: CaseloadFlagInput, settings: ClinicalSettings): boolean {
  const startedOn = input.startedOn ?? null;
  if (startedOn === null || input.treatedSinceStart !== false) return false;
  return daysBetween(startedOn, input.today) >= settings.notStartedDays;
}

/** The last day the patient is known to have had naltrexone: a dose, supply on hand, or an injection. */
function lastTreatedOn(input: CaseloadFlagInput): ClinicalDate | null {
  const days = [input.lastOralDoseOn, input.coveredThrough ?? null, input.injection.lastOn ?? null].filter(
    (day): day is ClinicalDate => day !== null,
  );
  // ISO dates sort as text.
  return days.sort().at(-1) ?? null;
}

/**
 * No naltrexone of any formulation for stoppedOralDays days, counted from the end of the supply on
 * hand. On XR the injection must be overdue too (its 28 days of cover plus the grace), so a late
 * injection alone is not a stop.
 */
function stoppedTaking(input: CaseloadFlagInput, injectionOverdue: boolean, settings: ClinicalSettings): boolean {
  const lastOn = lastTreatedOn(input);
  if (lastOn === null || daysBetween(lastOn, input.today) < settings.stoppedOralDays) return false;
  return input.formulation !== 'xr_injection' || injectionOverdue || input.injection.status === 'none';
}

/** A resolution counts for the stop it was made about: one recorded after the last treatment. */
function stopResolved(input: CaseloadFlagInput): boolean {
  const resolvedOn = input.stopResolvedOn ?? null;
  const lastOn = lastTreatedOn(input);
  return resolvedOn !== null && (lastOn === null || resolvedOn >= lastOn);
}
