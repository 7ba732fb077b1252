import type { SideResult } from './measure.js';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const MB = 1024 * 1024;

export interface BenchSides {
  /** Patient-periods the export covers: CSV data rows, and what COPY's patient lines carry. */
  patientPeriods: number;
  service: SideResult;
  copy: SideResult;
}

function line(label: string, side: SideResult, patientPeriods: number, units: string): string {
  const seconds = side.ms / 1000;
  return [
    label.padEnd(28),
    `${whole.format(side.rows)} ${units}`.padStart(16),
    `${oneDecimal.format(seconds)} s`.padStart(9),
    `${whole.format(patientPeriods / seconds)}`.padStart(13),
    `${oneDecimal.format(side.bytes / MB / seconds)}`.padStart(8),
    `${whole.format(side.peakRssBytes / MB)} MB`.padStart(10),
    `${whole.format(Math.max(0, side.peakRssBytes - side.baselineRssBytes) / MB)} MB`.padStart(11),
  ].join('  ');
}

/** The two sides next to each other, then their ratios. */
export function benchReport({ patientPeriods, service, copy }: BenchSides): string {
  const header = [
    ''.padEnd(28),
    'output'.padStart(16),
    'time'.padStart(9),
    'p-periods/s'.padStart(13),
    'MB/s'.padStart(8),
    'peak RSS'.padStart(10),
    'over start'.padStart(11),
  ].join('  ');
  const growth = (side: SideResult) => Math.max(1, side.peakRssBytes - side.baselineRssBytes);
  return [
    header,
    line('service CSV (stream)', service, patientPeriods, 'rows'),
    line('COPY (same query) TO STDOUT', copy, patientPeriods, 'lines'),
    '',
    `service / COPY: ${oneDecimal.format(service.ms / copy.ms)}x the time ` +
      `(${oneDecimal.format((100 * copy.ms) / service.ms)}% of COPY's rate), ` +
      `${oneDecimal.format(service.peakRssBytes / copy.peakRssBytes)}x the peak RSS, ` +
      `${oneDecimal.format(growth(service) / growth(copy))}x the RSS growth over start-up`,
    `(COPY sends one line per patient with its records as JSON; the service computes PDC, MPR, gaps,`,
    ` attendance and relapses per month with the domain rules and writes one CSV row per patient-period.)`,
  ].join('\n');
}
