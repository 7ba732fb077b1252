import { type ClinicalDate, daysBetween } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';
import type { Formulation } from './medication.js';
import type { OpioidRecord, RecordedOpioidUse } from './recorded-opioid-use.js';
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
  /** What the patient's own record shows (see recordedOpioidUse); absent when not looked up. */
  recorded?: OpioidRecord | null;
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
 * The prerequisites that apply to a start, in rule order: the opioid ones for every start, whatever
 * the diagnosis (the naltrexone label contraindicates it for anyone using opioids, not only in
 * opioid use disorder), and liver function for oral naltrexone. A checklist shows these; the check
 * below reports which of them fail.
 */
export function applicableInductionRules(input: Pick<InductionInput, 'formulation'>): InductionRule[] {
  const opioidRules: InductionRule[] = ['opioid_free_days', 'opioid_screen', 'naloxone_challenge'];
  return input.formulation === 'oral' ? [...opioidRules, 'liver_function'] : opioidRules;
}

/**
 * Checks every prerequisite and reports all that fail, so the prescriber sees the whole picture
 * at once. A screen or challenge that was not done does not fail: only a positive result does.
 *
 * Opioid-free days are whole days strictly between the last use and the start day (last use on
 * the 4th, start on the 10th: 5 days); 7 are needed, 14 after methadone or buprenorphine (named on
 * the form or in the record's last use). The last use is the later of the form's date and the
 * record's latest opioid use. The form's date is required for opioid use disorder, after an
 * agonist, and when the record shows opioid use; otherwise (e.g. alcohol use disorder with no
 * opioid history) no date means no opioid use, and the rule is met. A screen positive for an opioid,
 * on the form or in the record within the opioid-free window, fails the screen rule.
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
  const wait = opioidFreeWait(input, settings);
  if (rules.includes('opioid_free_days')) add('opioid_free_days', opioidFreeDaysFailure(input, wait));
  if (rules.includes('opioid_screen')) add('opioid_screen', opioidScreenFailure(input, wait));
  if (rules.includes('naloxone_challenge') && input.naloxoneChallenge === 'positive') {
    add('naloxone_challenge', 'The naloxone challenge is positive (withdrawal signs); the patient is not opioid-free.');
  }
  if (rules.includes('liver_function')) add('liver_function', liverFunctionFailure(input.lft ?? null, settings));
  return { met: failures.length === 0, failures };
}

/** Whole opioid-free days before the start day after use on `lastUseOn`; use on or after it gives 0. */
export function opioidFreeDaysBefore(lastUseOn: ClinicalDate, startedOn: ClinicalDate): number {
  return Math.max(daysBetween(lastUseOn, startedOn) - 1, 0);
}

interface OpioidFreeWait {
  needed: number;
  /** The agonist that sets the longer wait, if any. */
  agonist: PriorAgonist | null;
}

function opioidFreeWait(input: InductionInput, settings: ClinicalSettings): OpioidFreeWait {
  const recordedAgonist = PRIOR_AGONISTS.find((a) => input.recorded?.lastUse?.substances.includes(a)) ?? null;
  const agonist = input.priorAgonist ?? recordedAgonist;
  return { needed: agonist ? settings.opioidFreeDaysAfterAgonist : settings.opioidFreeDays, agonist };
}

const recordedText = (use: RecordedOpioidUse) => `recorded ${use.on}: ${use.source}`;

function opioidFreeDaysFailure(input: InductionInput, { needed, agonist }: OpioidFreeWait): string | null {
  const after = agonist ? ` after ${agonist}` : '';
  const stated = input.lastOpioidUseOn ?? null;
  const recorded = input.recorded?.lastUse ?? null;
  if (!stated) {
    // The wait is named once: in the reason when an agonist is the reason, else in the count.
    const reason = input.diagnoses.includes('OUD')
      ? `for opioid use disorder (${needed} opioid-free days needed${after})`
      : input.priorAgonist
        ? `after ${input.priorAgonist} (${needed} opioid-free days needed)`
        : recorded
          ? `when the record shows opioid use (${recordedText(recorded)}; ${needed} opioid-free days needed${after})`
          : null;
    return reason === null ? null : `The date of last opioid use is required ${reason}.`;
  }
  const fromRecord = recorded !== null && recorded.on > stated;
  const lastUseOn = fromRecord ? recorded.on : stated;
  const found = opioidFreeDaysBefore(lastUseOn, input.startedOn);
  if (found >= needed) return null;
  const where = fromRecord ? recordedText(recorded) : stated;
  return `${found} opioid-free ${plural(found, 'day')} before the start (last use ${where}); ${needed} needed${after}.`;
}

function opioidScreenFailure(input: InductionInput, { needed }: OpioidFreeWait): string | null {
  if (input.opioidScreen === 'positive') {
    return 'The opioid drug screen is positive; naltrexone would precipitate withdrawal.';
  }
  const screen = input.recorded?.lastPositiveScreen ?? null;
  if (screen === null || opioidFreeDaysBefore(screen.on, input.startedOn) >= needed) return null;
  return `An opioid drug screen in the record is positive (${recordedText(screen)}); naltrexone would precipitate withdrawal.`;
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
