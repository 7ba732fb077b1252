import {
  type CravingCue,
  type InstrumentKind,
  isCravingKind,
  isValidPacsItems,
  type ObservationKind,
  PACS_ITEM_COUNT,
  pacsTotal,
  type ScreenResult,
  UDS_SUBSTANCES,
  type UdsSubstance,
} from '@naltrack/domain';
import type { NewObservation } from '../../api/observations';

/** The kinds this form records; the instruments have a form of their own. */
export type BasicObservationKind = Exclude<ObservationKind, InstrumentKind>;

/** A drug screen row: a substance not tested is left out of the results. */
export type ScreenAnswer = ScreenResult | '';

/** What the observation form holds; text inputs stay strings until the body is built. */
export interface ObservationDraft {
  kind: BasicObservationKind;
  observedOn: string;
  /** PACS item answers, '' until answered. */
  items: string[];
  value: string;
  results: Record<UdsSubstance, ScreenAnswer>;
  substance: UdsSubstance;
  /** PACS and craving VAS: the cues ticked, and what the cue other was. */
  cues: CravingCue[];
  cueNote: string;
}

/** The fields each kind takes besides kind and date; the API refuses the others by name. */
export const KIND_FIELDS: Record<BasicObservationKind, readonly ('items' | 'value' | 'results' | 'substance')[]> = {
  pacs: ['items'],
  craving_vas: ['value'],
  uds: ['results'],
  breath_alcohol: ['value'],
  drinks: ['value'],
  self_reported_use: ['value', 'substance'],
};

export const takes = (draft: ObservationDraft, field: (typeof KIND_FIELDS)[BasicObservationKind][number]) =>
  KIND_FIELDS[draft.kind].includes(field);

export function emptyResults(): Record<UdsSubstance, ScreenAnswer> {
  return Object.fromEntries(UDS_SUBSTANCES.map((substance) => [substance, ''])) as Record<UdsSubstance, ScreenAnswer>;
}

export function emptyItems(): string[] {
  return Array.from({ length: PACS_ITEM_COUNT }, () => '');
}

/** The PACS total once every item is answered, for the form to show as the clinician goes. */
export function pacsTotalOf(items: readonly string[]): number | null {
  const scores = items.map((item) => (item === '' ? Number.NaN : Number(item)));
  return isValidPacsItems(scores) ? pacsTotal(scores) : null;
}

/**
 * The request body: kind, date and only the chosen kind's fields, so a value typed before the kind
 * changed is not sent. Blanks go as null (not 0) so the API names the field instead of storing a 0.
 */
export function toNewObservation(draft: ObservationDraft): NewObservation {
  const body: NewObservation = { kind: draft.kind, observedOn: draft.observedOn };
  if (takes(draft, 'items')) body.items = draft.items.map((item) => (item === '' ? null : Number(item)));
  if (takes(draft, 'value')) body.value = draft.value.trim() === '' ? null : Number(draft.value);
  if (takes(draft, 'results')) {
    const results: Partial<Record<UdsSubstance, ScreenResult>> = {};
    for (const substance of UDS_SUBSTANCES) {
      const result = draft.results[substance];
      if (result !== '') results[substance] = result;
    }
    body.results = results;
  }
  if (takes(draft, 'substance')) body.substance = draft.substance;
  if (isCravingKind(draft.kind) && draft.cues.length > 0) {
    body.cues = draft.cues;
    // The note goes only with other: the API refuses it otherwise, and a note left from an untick is stale.
    if (draft.cues.includes('other')) body.cueNote = draft.cueNote.trim();
  }
  return body;
}
