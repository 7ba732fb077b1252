import type { Sex } from '../vocabulary.js';
import { AUDIT_C_SCALE, scoreAuditC } from './audit-c.js';
import { BAM_SCALE, scoreBam } from './bam.js';
import { GAD7_SCALE, scoreGad7 } from './gad7.js';
import type { InstrumentKind, InstrumentScore } from './instrument-score.js';
import type { ItemScale } from './item-scale.js';
import { PHQ9_SCALE, scorePhq9 } from './phq9.js';

export const INSTRUMENT_SCALES: Record<InstrumentKind, ItemScale> = {
  phq9: PHQ9_SCALE,
  gad7: GAD7_SCALE,
  audit_c: AUDIT_C_SCALE,
  bam: BAM_SCALE,
};

/** Scores any instrument; the AUDIT-C's threshold depends on the patient's sex. */
export function scoreInstrument(kind: InstrumentKind, items: readonly unknown[], sex: Sex): InstrumentScore {
  switch (kind) {
    case 'phq9':
      return scorePhq9(items);
    case 'gad7':
      return scoreGad7(items);
    case 'audit_c':
      return scoreAuditC(items, sex);
    case 'bam':
      return scoreBam(items);
  }
}
