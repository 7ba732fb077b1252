import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import type { Formulation } from './medication.js';
import type { Diagnosis } from './vocabulary.js';

export const INDUCTION_RULES = ['opioid_free_days', 'opioid_screen', 'naloxone_challenge', 'liver_function'] as const;
export type InductionRule = (typeof INDUCTION_RULES)[number];

export const PRIOR_AGONISTS = ['methadone', 'buprenorphine'] as const;
export type PriorAgonist = (typeof PRIOR_AGONISTS)[number];
/** A naloxone challenge or opioid screen; only `positive` fails a prerequisite. */
export const CHALLENGE_RESULTS = ['negative', 'positive', 'not_done'] as const;
export type ChallengeResult = (typeof CHALLENGE_RESULTS)[number];

export interface LiverFunctionTests {
  alt: number;
  ast: number;
  /** Upper limit of normal for ALT and AST, in the same unit. */
  uln: number;
  bilirubinNormal: boolean;
}

export interface InductionInput {
  diagnoses: readonly Diagnosis[];
  formulation: Formulation;
  startedOn: ClinicalDate;
  lastOpioidUseOn?: ClinicalDate | null;
  priorAgonist?: PriorAgonist | null;
  naloxoneChallenge?: ChallengeResult | null;
  opioidScreen?: ChallengeResult | null;
  lft?: LiverFunctionTests | null;
}

export interface InductionFailure {
  rule: InductionRule;
  message: string;
}

export interface InductionCheck {
  met: boolean;
  failures: InductionFailure[];
}

/**
 * The prerequisites that apply to a start, in rule order: the opioid ones for OUD, liver function
 * for oral naltrexone. A checklist shows these; the check below reports which of them fail.
 */
export function applicableInductionRules(input: Pick<InductionInput, 'diagnoses' | 'formulation'>): InductionRule[] {
  const opioidRules: InductionRule[] = input.diagnoses.includes('OUD')
    ? ['opioid_free_days', 'opioid_screen', 'naloxone_challenge']
    : [];
  return input.formulation === 'oral' ? [...opioidRules, 'liver_function'] : opioidRules;
}

/**
 * Checks every prerequisite and reports all that fail, so the prescriber sees the whole picture
 * at once. A screen or challenge that was not done does not fail: only a positive result does.
 */
export function checkInductionPrerequisites(
  input: InductionInput,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): InductionCheck {
  const failures: InductionFailure[] = [];
  const add = (rule: InductionRule, message: string | null) => {
    if (message !== null) failures.push({ rule, message });
  };

  const rules = applicableInductionRules(input);
  if (rules.includes('opioid_free_days')) add('opioid_free_days', opioidFreeDaysFailure(input, settings));
  if (rules.includes('opioid_screen') && input.opioidScreen === 'positive') {
    add('opioid_screen', 'The opioid drug screen is positive; naltrexone would precipitate withdrawal.');
  }
  if (rules.includes('naloxone_challenge') && input.naloxoneChallenge === 'positive') {
    add('naloxone_challenge', 'The naloxone challenge is positive (withdrawal signs); the patient is not opioid-free.');
  }
  if (rules.includes('liver_function')) add('liver_function', liverFunctionFailure(input.lft ?? null, settings));
  return { met: failures.length === 0, failures };
}

function opioidFreeDaysFailure(input: InductionInput, settings: ClinicalSettings): string | null {
  const agonist = input.priorAgonist ?? null;
  const needed = agonist ? settings.opioidFreeDaysAfterAgonist : settings.opioidFreeDays;
  const after = agonist ? ` after ${agonist}` : '';
  if (!input.lastOpioidUseOn) {
    return `The date of last opioid use is required for opioid use disorder (${needed} opioid-free days needed${after}).`;
  }
  const found = daysBetween(input.lastOpioidUseOn, input.startedOn);
  if (found >= needed) return null;
  // Use recorded after the start date counts as no opioid-free days at all.
  const shown = Math.max(found, 0);
  return `${shown} opioid-free ${plural(shown, 'day')} before the start (last use ${input.lastOpioidUseOn}); ${needed} needed${after}.`;
}

function liverFunctionFailure(lft: LiverFunctionTests | null, settings: ClinicalSettings): string | null {
  if (!lft) return 'Liver function tests (ALT, AST, bilirubin) are required before oral naltrexone.';
  if (!(lft.uln > 0) || !Number.isFinite(lft.alt) || !Number.isFinite(lft.ast)) {
    return 'Liver function test values are incomplete or invalid (ALT, AST and a positive ULN are needed).';
  }
  const limit = settings.lftMaxUlnMultiple * lft.uln;
  const reasons: string[] = [];
  if (lft.alt > limit) reasons.push(`ALT ${lft.alt} is above ${settings.lftMaxUlnMultiple}x ULN (${limit})`);
  if (lft.ast > limit) reasons.push(`AST ${lft.ast} is above ${settings.lftMaxUlnMultiple}x ULN (${limit})`);
  if (!lft.bilirubinNormal) reasons.push('bilirubin is not normal');
  if (reasons.length === 0) return null;
  const text = reasons.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function plural(n: number, word: string): string {
  return Math.abs(n) === 1 ? word : `${word}s`;
}
