import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { percentile, type Samples } from './load.js';

/** A target on a ratio: at most `max` (latencies), at least `min` (throughputs), or none. */
export type Target = { max: number } | { min: number } | null;

export interface Figure {
  id: string;
  /** What is compared with what, in words. */
  label: string;
  unit: 'ms' | 'rows/s' | 'req/s';
  /** The measured side and its baseline; ratio = value / baseline. */
  value: number;
  baseline: number;
  ratio: number;
  target: Target;
  met: boolean | null;
  details: Record<string, number | string>;
}

export function figure(
  id: string,
  label: string,
  unit: Figure['unit'],
  value: number,
  baseline: number,
  target: Target,
  details: Figure['details'] = {},
): Figure {
  const ratio = value / baseline;
  const met = target === null ? null : 'max' in target ? ratio <= target.max : ratio >= target.min;
  return { id, label, unit, value, baseline, ratio, target, met, details };
}

/** p50 and p99 of pooled samples, and how many requests there were and failed. */
export function latencyDetails(name: string, samples: Samples): Record<string, number> {
  return {
    [`${name}P50Ms`]: round(percentile(samples.latencies, 50)),
    [`${name}P99Ms`]: round(percentile(samples.latencies, 99)),
    [`${name}Requests`]: samples.latencies.length,
    [`${name}Failures`]: samples.failures,
  };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function shown(value: number, unit: Figure['unit']): string {
  return unit === 'ms' ? `${value.toFixed(2)} ms` : `${Math.round(value).toLocaleString('en-US')} ${unit}`;
}

/** One line per figure: both sides, the ratio and the target. */
export function reportLine(f: Figure): string {
  const target =
    f.target === null ? 'no target' : 'max' in f.target ? `target <= ${f.target.max}x` : `target >= ${f.target.min}x`;
  const verdict = f.met === null ? '' : f.met ? '  met' : '  MISSED';
  return `${f.label}: ${shown(f.value, f.unit)} vs ${shown(f.baseline, f.unit)} = ${f.ratio.toFixed(2)}x (${target})${verdict}`;
}

export function writeResults(file: string, figures: Figure[], extra: Record<string, unknown>): void {
  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      loadAverage: os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(', '),
    },
    ...extra,
    figures: figures.map((f) => ({
      ...f,
      value: round(f.value),
      baseline: round(f.baseline),
      ratio: round(f.ratio, 3),
    })),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
