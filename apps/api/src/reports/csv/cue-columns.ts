import { CRAVING_CUES } from '@naltrack/domain';
import type { ExportPatient } from '../export-patient.js';
import type { PeriodMetrics } from '../period-metrics.js';

type Column = [string, (patient: ExportPatient, m: PeriodMetrics) => number];

/**
 * The period's high cravings and, for each cue, how many of them named it: counts rather than the
 * latest cues, so a period's row says which cues keep coming with high cravings.
 */
export const CUE_COLUMNS: Column[] = [
  ['high_cravings', (_p, m) => m.highCravingCues.highCravings],
  ...CRAVING_CUES.map((cue): Column => [`high_craving_cue_${cue}`, (_p, m) => m.highCravingCues.byCue[cue]]),
];
