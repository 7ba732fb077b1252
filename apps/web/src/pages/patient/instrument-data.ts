import {
  AUDIT_C_SEVERE_MIN,
  BAM_PROTECTIVE_LOW_MAX,
  BAM_RISK_HIGH_MIN,
  type ClinicalDate,
  daysBetween,
  describeInstrumentScore,
  GAD7_BANDS,
  INSTRUMENT_BAND_LABELS,
  INSTRUMENT_KINDS,
  INSTRUMENT_LABELS,
  type InstrumentKind,
  type InstrumentScore,
  isInstrumentKind,
  PHQ9_BANDS,
} from '@naltrack/domain';
import type { Observation } from '../../api/observations';
import { formatDate } from './patient-format';

/** One instrument on one day; x is a day number so irregular visits are spaced by real time. */
export interface InstrumentPoint {
  day: number;
  on: ClinicalDate;
  total: number | null;
  use: number | null;
  risk: number | null;
  protective: number | null;
  score: InstrumentScore;
}

export type InstrumentSeries = Record<InstrumentKind, InstrumentPoint[]>;

const dayNumber = (on: ClinicalDate) => daysBetween('1970-01-01', on);

/** Each instrument's scores, oldest first; two on a day keep the later recorded (lists come newest first). */
export function buildInstrumentSeries(observations: readonly Observation[]): InstrumentSeries {
  const series = Object.fromEntries(
    INSTRUMENT_KINDS.map((kind) => [kind, [] as InstrumentPoint[]]),
  ) as InstrumentSeries;
  for (const observation of observations) {
    const { kind, score, observedOn: on } = observation;
    if (!isInstrumentKind(kind) || !score) continue;
    if (series[kind].some((point) => point.on === on)) continue;
    series[kind].push({
      day: dayNumber(on),
      on,
      total: score.total,
      use: score.subscores.use ?? null,
      risk: score.subscores.risk ?? null,
      protective: score.subscores.protective ?? null,
      score,
    });
  }
  for (const points of Object.values(series)) points.sort((a, b) => a.day - b.day);
  return series;
}

export interface BandLine {
  y: number;
  label: string;
}

const lowerBounds = (bands: readonly { band: string; min: number }[]): BandLine[] =>
  bands.filter((b) => b.min > 0).map((b) => ({ y: b.min, label: INSTRUMENT_BAND_LABELS[b.band] ?? b.band }));

/** Where each band begins, drawn across the chart; the AUDIT-C's positive line differs by sex. */
export const BAND_LINES: Record<InstrumentKind, BandLine[]> = {
  phq9: lowerBounds(PHQ9_BANDS),
  gad7: lowerBounds(GAD7_BANDS),
  audit_c: [
    { y: 3, label: 'positive (women)' },
    { y: 4, label: 'positive (men)' },
    { y: AUDIT_C_SEVERE_MIN, label: 'severe' },
  ],
  bam: [{ y: BAM_RISK_HIGH_MIN, label: `risk ≥ ${BAM_RISK_HIGH_MIN} · protective ≤ ${BAM_PROTECTIVE_LOW_MAX}` }],
};

export const INSTRUMENT_MAX: Record<InstrumentKind, number> = { phq9: 27, gad7: 21, audit_c: 12, bam: 24 };

/** The chart in words, for screen readers and for anyone who prefers text. */
export function summarizeInstrument(kind: InstrumentKind, points: readonly InstrumentPoint[]): string {
  const latest = points.at(-1);
  if (!latest) return `No ${INSTRUMENT_LABELS[kind]} recorded.`;
  const first = points[0];
  const change =
    first && first !== latest && first.total !== null && latest.total !== null
      ? ` First ${first.total} on ${formatDate(first.on)}.`
      : '';
  return `${points.length} recorded; latest ${describeInstrumentScore(kind, latest.score)} on ${formatDate(latest.on)}.${change}`;
}
