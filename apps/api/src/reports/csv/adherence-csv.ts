import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ClinicalSettings, PART2_NOTICE } from '@naltrack/domain';
import { stringify } from 'csv-stringify';
import type { PreparedExport } from '../adherence-export.service.js';
import { exportedFlags } from '../export-flags.js';
import type { ExportPatient } from '../export-patient.js';
import { metricsByPeriod, type PeriodMetrics } from '../period-metrics.js';
import { CUE_COLUMNS } from './cue-columns.js';
import { INSTRUMENT_COLUMNS } from './instrument-columns.js';

type Cell = string | number | null;

const ratio = (value: number | null): Cell => (value === null ? null : Number(value.toFixed(4)));

/** The columns, in order, and how each is read from a patient's period (and the patient's current flags). */
const COLUMNS: [string, (patient: ExportPatient, m: PeriodMetrics, flags: string) => Cell][] = [
  ['patient_id', (p) => p.id],
  ['mrn', (p) => p.mrn],
  ['family_name', (p) => p.familyName],
  ['given_name', (p) => p.givenName],
  ['care_team', (p) => p.careTeamName],
  ['patient_status', (p) => p.status],
  ['period_start', (_p, m) => m.period.from],
  ['period_end', (_p, m) => m.period.to],
  ['formulation', (_p, m) => m.formulation],
  ['pdc', (_p, m) => ratio(m.pdc)],
  ['mpr', (_p, m) => ratio(m.mpr)],
  ['adherent', (_p, m) => (m.adherent === null ? null : String(m.adherent))],
  ['covered_days', (_p, m) => m.coveredDays],
  ['measured_days', (_p, m) => m.periodDays],
  ['gaps', (_p, m) => m.gaps],
  ['gap_days', (_p, m) => m.gapDays],
  ['injection_status', (_p, m) => m.injectionStatus],
  ['last_injection_on', (_p, m) => m.injectionLastOn],
  ['injection_due_on', (_p, m) => m.injectionDueOn],
  ['attendance_rate', (_p, m) => ratio(m.attendanceRate)],
  ['sessions_attended', (_p, m) => m.sessionsAttended],
  ['sessions_missed', (_p, m) => m.sessionsMissed],
  ['latest_pacs', (_p, m) => m.latestPacs],
  ['latest_pacs_on', (_p, m) => m.latestPacsOn],
  ...CUE_COLUMNS,
  ...INSTRUMENT_COLUMNS,
  ['relapses', (_p, m) => m.relapses],
  ['early_relapses', (_p, m) => m.earlyRelapses],
  ['discontinuation', (_p, m) => m.discontinuationKind],
  ['discontinuation_status', (_p, m) => m.discontinuationStatus],
  // The caseload's current flags as of flags_as_of, the same on each of the patient's rows: not the period's.
  ['current_flags', (_p, _m, flags) => flags],
  ['flags_as_of', (p) => p.flagsAsOf],
];

/** The CSV header row. */
export const CSV_HEADER = COLUMNS.map(([name]) => name);

async function* records(
  patients: AsyncIterable<ExportPatient>,
  prepared: PreparedExport,
  settings: ClinicalSettings,
): AsyncGenerator<Cell[]> {
  yield [PART2_NOTICE];
  yield CSV_HEADER;
  for await (const patient of patients) {
    const flags = exportedFlags(patient, prepared).join(';');
    for (const metrics of metricsByPeriod(patient, prepared.periods, prepared.to, settings)) {
      yield COLUMNS.map(([, read]) => read(patient, metrics, flags));
    }
  }
}

/**
 * The Part 2 notice as the first line, the header, then one row per patient and period, quoted
 * by csv-stringify. Streams with back-pressure: a slow reader slows the database cursor.
 */
export async function writeAdherenceCsv(
  patients: AsyncIterable<ExportPatient>,
  prepared: PreparedExport,
  settings: ClinicalSettings,
  output: NodeJS.WritableStream,
): Promise<void> {
  // escape_formulas: a name like "=HYPERLINK(...)" must not run as a formula in a spreadsheet.
  const csv = stringify({ eof: true, escape_formulas: true });
  await pipeline(Readable.from(records(patients, prepared, settings)), csv, output, { end: false });
}
