import {
  applicableInductionRules,
  type ChallengeResult,
  type Diagnosis,
  type Formulation,
  type InductionInput,
  type InductionRule,
  isClinicalDate,
  type OpioidUseObservation,
  type PriorAgonist,
  recordedOpioidUse,
} from '@naltrack/domain';
import type { LiverFunctionTestsBody, NewNaltrexoneStart } from '../../api/medication';

/** What the start form holds; text inputs stay strings until the body is built. */
export interface NaltrexoneStartDraft {
  formulation: Formulation;
  doseMg: string;
  startedOn: string;
  lastOpioidUseOn: string;
  priorAgonist: PriorAgonist | '';
  opioidScreen: ChallengeResult;
  naloxoneChallenge: ChallengeResult;
  alt: string;
  ast: string;
  uln: string;
  bilirubinNormal: boolean;
}

/** The usual doses: 380 mg XR-NTX every 4 weeks, 50 mg oral daily. */
export const DEFAULT_DOSE_MG: Record<Formulation, string> = { xr_injection: '380', oral: '50' };

/** The prerequisites for this formulation (the opioid ones for every diagnosis): what the form asks. */
export function rulesFor(draft: NaltrexoneStartDraft): InductionRule[] {
  return applicableInductionRules({ formulation: draft.formulation });
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
const lftEntered = (draft: NaltrexoneStartDraft) => [draft.alt, draft.ast, draft.uln].some((v) => v.trim() !== '');

/**
 * The request body: only the prerequisites that apply. Liver tests not entered at all are left out
 * (the start then fails that prerequisite); a blank among entered ones goes as null, so the API
 * names that value.
 */
export function toNewNaltrexoneStart(draft: NaltrexoneStartDraft): NewNaltrexoneStart {
  const rules = rulesFor(draft);
  const body: NewNaltrexoneStart = {
    formulation: draft.formulation,
    doseMg: numberOrNull(draft.doseMg),
    startedOn: draft.startedOn,
  };
  if (rules.includes('opioid_free_days')) {
    if (draft.lastOpioidUseOn) body.lastOpioidUseOn = draft.lastOpioidUseOn;
    if (draft.priorAgonist) body.priorAgonist = draft.priorAgonist;
  }
  if (rules.includes('opioid_screen')) body.opioidScreen = draft.opioidScreen;
  if (rules.includes('naloxone_challenge')) body.naloxoneChallenge = draft.naloxoneChallenge;
  if (rules.includes('liver_function') && lftEntered(draft)) {
    const lft: LiverFunctionTestsBody = {
      alt: numberOrNull(draft.alt),
      ast: numberOrNull(draft.ast),
      uln: numberOrNull(draft.uln),
      bilirubinNormal: draft.bilirubinNormal,
    };
    body.lft = lft;
  }
  return body;
}

/**
 * The same values as the domain's induction check reads them, with the opioid use the patient's
 * record shows (as the API adds it); a blank number reads as not a number. Null until the start
 * date is a whole date, since opioid-free days count up to it.
 */
export function inductionInputOf(
  draft: NaltrexoneStartDraft,
  diagnoses: readonly Diagnosis[],
  observations: readonly OpioidUseObservation[],
): InductionInput | null {
  const body = toNewNaltrexoneStart(draft);
  if (!isClinicalDate(body.startedOn)) return null;
  const lft = body.lft;
  return {
    ...body,
    lastOpioidUseOn: body.lastOpioidUseOn && isClinicalDate(body.lastOpioidUseOn) ? body.lastOpioidUseOn : null,
    diagnoses,
    recorded: recordedOpioidUse(observations, body.startedOn),
    lft: lft
      ? {
          alt: lft.alt ?? Number.NaN,
          ast: lft.ast ?? Number.NaN,
          uln: lft.uln ?? Number.NaN,
          bilirubinNormal: lft.bilirubinNormal,
        }
      : null,
  };
}
