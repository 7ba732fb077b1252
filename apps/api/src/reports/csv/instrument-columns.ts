import type { ClinicalDate, InstrumentKind, InstrumentScore } from '@naltrack/domain';
import type { ExportObservation, ExportPatient } from '../export-patient.js';
import type { PeriodMetrics } from '../period-metrics.js';

type Cell = string | number | null;
type Column = [string, (patient: ExportPatient, m: PeriodMetrics) => Cell];

/** The period's last instrument of a kind as recorded (rows come oldest first, then by entry). */
export function latestInstrument(
  observations: readonly ExportObservation[],
  kind: InstrumentKind,
  period: { from: ClinicalDate; to: ClinicalDate },
): { observedOn: ClinicalDate; score: InstrumentScore } | null {
  const found = observations.findLast(
    (o) => o.kind === kind && o.score !== null && o.observedOn >= period.from && o.observedOn <= period.to,
  );
  return found?.score ? { observedOn: found.observedOn, score: found.score } : null;
}

const read =
  (kind: InstrumentKind, cell: (latest: { observedOn: ClinicalDate; score: InstrumentScore }) => Cell) =>
  (patient: ExportPatient, m: PeriodMetrics): Cell => {
    const latest = latestInstrument(patient.observations, kind, m.period);
    return latest ? cell(latest) : null;
  };

const totalColumns = (kind: InstrumentKind): Column[] => [
  [`latest_${kind}`, read(kind, (l) => l.score.total)],
  [`latest_${kind}_band`, read(kind, (l) => l.score.band)],
  [`latest_${kind}_on`, read(kind, (l) => l.observedOn)],
];

/** The period's latest PHQ-9, GAD-7 and AUDIT-C (total, band, day) and BAM (its three scores, day). */
export const INSTRUMENT_COLUMNS: Column[] = [
  ...totalColumns('phq9'),
  ...totalColumns('gad7'),
  ...totalColumns('audit_c'),
  ['latest_bam_use', read('bam', (l) => l.score.subscores.use ?? null)],
  ['latest_bam_risk', read('bam', (l) => l.score.subscores.risk ?? null)],
  ['latest_bam_protective', read('bam', (l) => l.score.subscores.protective ?? null)],
  ['latest_bam_on', read('bam', (l) => l.observedOn)],
];
