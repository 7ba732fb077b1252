import type { CodeableConcept, ObservationComponent } from '@medplum/fhirtypes';
import { CRAVING_CUE_LABELS, isCravingCue } from '@naltrack/domain';
import { FHIR_BASE } from './part2-labels.js';

/** Naltrack's code system for the cues themselves; its codes are the API's cue names. */
export const CRAVING_CUE_CODES = `${FHIR_BASE}CodeSystem/craving-cue`;

/**
 * One component per cue of a PACS or craving VAS, each under `code` (observation-kind craving-cue), the cue
 * as valueCodeableConcept coded in CodeSystem/craving-cue. The note of the cue other is free text
 * and stays out, as medication event notes do.
 */
export function cueComponents(cues: readonly string[] | null, code: CodeableConcept): ObservationComponent[] {
  return (cues ?? []).filter(isCravingCue).map((cue) => ({
    code,
    valueCodeableConcept: {
      coding: [{ system: CRAVING_CUE_CODES, code: cue, display: CRAVING_CUE_LABELS[cue] }],
      text: CRAVING_CUE_LABELS[cue],
    },
  }));
}
