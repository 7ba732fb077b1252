import type { Formulation, MedicationEventKind } from '@naltrack/domain';
import type { NewMedicationEvent } from '../../api/medication';

/** What the form holds; text inputs stay strings until the body is built. */
export interface MedicationEventDraft {
  kind: MedicationEventKind;
  formulation: Formulation;
  occurredOn: string;
  daysSupply: string;
  doseMg: string;
  observed: boolean;
  lot: string;
  site: string;
  note: string;
}

export const needsDaysSupply = (draft: MedicationEventDraft) => draft.kind === 'dispensed';
export const isInjection = (draft: MedicationEventDraft) =>
  draft.kind === 'administered' && draft.formulation === 'xr_injection';
export const takesObserved = (draft: MedicationEventDraft) => draft.kind === 'taken';

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));
const textOrUndefined = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The request body: only the fields the API allows for this kind, so a value typed before the kind
 * changed is not sent (the API would refuse it as "only for a dispense").
 */
export function toNewMedicationEvent(draft: MedicationEventDraft): NewMedicationEvent {
  const body: NewMedicationEvent = { kind: draft.kind, formulation: draft.formulation, occurredOn: draft.occurredOn };
  if (needsDaysSupply(draft)) body.daysSupply = numberOrUndefined(draft.daysSupply);
  const doseMg = numberOrUndefined(draft.doseMg);
  if (doseMg !== undefined) body.doseMg = doseMg;
  if (takesObserved(draft)) body.observed = draft.observed;
  if (isInjection(draft)) {
    const lot = textOrUndefined(draft.lot);
    const site = textOrUndefined(draft.site);
    if (lot) body.lot = lot;
    if (site) body.site = site;
  }
  const note = textOrUndefined(draft.note);
  if (note) body.note = note;
  return body;
}
