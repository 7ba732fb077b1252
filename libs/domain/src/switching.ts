import { addDays, type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import type { Formulation } from './medication.js';
import { type Diagnosis, SWITCH_MEDICATIONS_BY_DIAGNOSIS, type SwitchMedication } from './vocabulary.js';

export const SWITCH_PRESCRIBERS = ['this_team', 'other_program'] as const;
export type SwitchPrescriber = (typeof SWITCH_PRESCRIBERS)[number];

/** Full agonists and partial agonists: started under naltrexone's blockade they fail or precipitate withdrawal. */
export const OPIOID_AGONISTS: readonly SwitchMedication[] = ['buprenorphine', 'methadone'];

export interface SwitchTo {
  medication: SwitchMedication;
  prescribedBy: SwitchPrescriber;
  /** The program taking over; required when another program prescribes. */
  program?: string | null;
}

/** What approvers of a switch see instead of the stop-readiness checklist. */
export interface SwitchFacts {
  /** Relapse episodes on the current naltrexone course. */
  relapseEpisodes: number;
  /** Last day of use in any of those episodes. */
  lastRelapseUseOn: ClinicalDate | null;
  relapseOngoing: boolean;
  /** PDC (0-1) over the last 90 days; null before any fill. */
  pdc90: number | null;
  formulation: Formulation | null;
  /** XR-NTX only: the last injection and the day its blockade ends (an agonist may start from then). */
  lastInjectionOn: ClinicalDate | null;
  blockadeEndsOn: ClinicalDate | null;
}

export interface SwitchFactsInput {
  relapseCount: number;
  lastRelapseUseOn: ClinicalDate | null;
  relapseOngoing: boolean;
  pdc90: number | null;
  formulation: Formulation | null;
  lastInjectionOn: ClinicalDate | null;
}

/** An injection blocks opioids for the days it covers (28): the blockade ends that many days after it. */
export function blockadeEndsOn(
  lastInjectionOn: ClinicalDate | null,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): ClinicalDate | null {
  return lastInjectionOn === null ? null : addDays(lastInjectionOn, settings.xrInjectionCoverageDays);
}

export function switchFacts(
  input: SwitchFactsInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): SwitchFacts {
  const onXr = input.formulation === 'xr_injection';
  const lastInjectionOn = onXr ? input.lastInjectionOn : null;
  return {
    relapseEpisodes: input.relapseCount,
    lastRelapseUseOn: input.lastRelapseUseOn,
    relapseOngoing: input.relapseOngoing,
    pdc90: input.pdc90,
    formulation: input.formulation,
    lastInjectionOn,
    blockadeEndsOn: blockadeEndsOn(lastInjectionOn, settings),
  };
}

/** Medications that treat one of the patient's disorders. */
export function switchMedicationsFor(diagnoses: readonly Diagnosis[]): SwitchMedication[] {
  return diagnoses.flatMap((diagnosis) => [...SWITCH_MEDICATIONS_BY_DIAGNOSIS[diagnosis]]);
}

/** Whether the new medication would start while naltrexone still blocks it (an agonist before the blockade ends). */
export function startsUnderBlockade(
  medication: SwitchMedication,
  effectiveOn: ClinicalDate,
  facts: SwitchFacts,
): boolean {
  return (
    OPIOID_AGONISTS.includes(medication) &&
    facts.blockadeEndsOn !== null &&
    daysBetween(effectiveOn, facts.blockadeEndsOn) > 0
  );
}

/** Problems with a switch proposal, each naming its field; empty when it is sound. */
export function switchProblems(input: {
  diagnoses: readonly Diagnosis[];
  switchTo: SwitchTo;
  effectiveOn: ClinicalDate;
  today: ClinicalDate;
  plan: string | null;
  facts: SwitchFacts;
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (daysBetween(input.today, input.effectiveOn) < 0) {
    problems.push({ field: 'effectiveOn', message: 'effectiveOn must not be in the past' });
  }
  const fitting = switchMedicationsFor(input.diagnoses);
  if (!fitting.includes(input.switchTo.medication)) {
    problems.push({
      field: 'switchTo.medication',
      message: `switchTo.medication must treat one of the patient's diagnoses (${fitting.join(', ') || 'none recorded'})`,
    });
  }
  if (input.switchTo.prescribedBy === 'other_program' && !input.switchTo.program?.trim()) {
    problems.push({ field: 'switchTo.program', message: 'switchTo.program names the program that will prescribe' });
  }
  if (startsUnderBlockade(input.switchTo.medication, input.effectiveOn, input.facts) && !input.plan?.trim()) {
    problems.push({
      field: 'plan',
      message: `an opioid agonist starting before the XR-NTX blockade ends (${input.facts.blockadeEndsOn}) needs a plan`,
    });
  }
  return problems;
}
