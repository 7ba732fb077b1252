import { type InstrumentKind, scoreInstrument } from '@naltrack/domain';
import type { Observation } from '../../api/observations';
import { PATIENT_ID } from './patient-fixtures';

/** An instrument as the API lists it, scored by the domain for a woman (the fixture patient). */
export function instrumentObservation(
  id: string,
  kind: InstrumentKind,
  observedOn: string,
  items: number[],
): Observation {
  const score = scoreInstrument(kind, items, 'female');
  return {
    id,
    patientId: PATIENT_ID,
    kind,
    observedOn,
    items,
    value: score.total,
    results: null,
    substance: null,
    score,
    cues: null,
    cueNote: null,
    createdAt: `${observedOn}T14:00:00.000Z`,
  };
}

/** Newest first, as the API lists them: two PHQ-9s and a BAM. */
export const INSTRUMENT_OBSERVATIONS: Observation[] = [
  instrumentObservation('i3', 'phq9', '2026-04-28', [1, 1, 1, 1, 1, 0, 0, 0, 0]),
  instrumentObservation('i2', 'bam', '2026-04-20', [1, 2, 1, 1, 0, 0, 0, 2, 3, 2, 1, 2, 3, 4, 0, 4, 3]),
  instrumentObservation('i1', 'phq9', '2026-03-30', [3, 3, 3, 2, 2, 2, 1, 0, 0]),
];
