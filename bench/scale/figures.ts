import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { percentile, type Samples } from './load.js';

/** A target on a ratio: at most `max` (latencies), at least `min` (throughputs), or none. */
export type Target = { max: number } | { min: number } | null;

/** One round of a comparison: both sides measured back to back, and their ratio. */
export interface Round {
  value: number;
  baseline: number;
  ratio: number;
}

export interface Figure {
  id: string;
  /** What is compared with what, in words. */
  label: string;
  unit: 'ms' | 'rows/s' | 'req/s';
  /** Medians over the rounds: the measured side, its baseline, and the ratio the verdict is on. */
  value: number;
  baseline: number;
  ratio: number;
  /** The lowest and highest round ratio. */
  spread: { min: number; max: number };
  rounds: Round[];
  target: Target;
  met: boolean | null;
  details: Record<string, number | string>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Whether a ratio meets its target; null when the figure has none. */
export function verdictOf(ratio: number, target: Target): boolean | null {
  return target === null ? null : 'max' in target ? ratio <= target.max : ratio >= target.min;
}

/**
 * A comparison judged on the median of its per-round ratios: one slow round (another process
 * taking the cores for a few seconds) moves the spread, not the verdict.
 */
export function figure(
  id: string,
  label: string,
  unit: Figure['unit'],
  sides: { value: number[]; baseline: number[] },
  target: Target,
  details: Figure['details'] = {},
): Figure {
  const rounds = sides.value.map((value, i) => {
    const baseline = sides.baseline[i] ?? Number.NaN;
    return { value, baseline, ratio: value / baseline };
  });
  const ratios = rounds.map((r) => r.ratio);
  const ratio = median(ratios);
  const met = verdictOf(ratio, target);
  return {
    id,
    label,
    unit,
    value: median(sides.value),
    baseline: median(sides.baseline),
    ratio,
    spread: { min: Math.min(...ratios), max: Math.max(...ratios) },
    rounds,
    target,
    met,
    details,
  };
}

/** p99 of each round's requests. */
export function p99s(rounds: readonly Samples[]): number[] {
  return rounds.map((r) => percentile(r.latencies, 99));
}

/** p50 and p99 of all rounds' requests pooled, and how many requests there were and failed. */
export function latencyDetails(name: string, rounds: readonly Samples[]): Record<string, number> {
  const latencies = rounds.flatMap((r) => r.latencies);
  return {
    [`${name}P50Ms`]: round(percentile(latencies, 50)),
    [`${name}P99Ms`]: round(percentile(latencies, 99)),
    [`${name}Requests`]: latencies.length,
    [`${name}Failures`]: rounds.reduce((n, r) => n + r.failures, 0),
  };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function shown(value: number, unit: Figure['unit']): string {
  return unit === 'ms' ? `${value.toFixed(2)} ms` : `${Math.round(value).toLocaleString('en-US')} ${unit}`;
}

/** One line per figure: both sides' medians, the median ratio with its spread, and the verdict. */
export function reportLine(f: Figure): string {
  const target =
    f.target === null ? 'no target' : 'max' in f.target ? `target <= ${f.target.max}x` : `target >= ${f.target.min}x`;
  const verdict = f.met === null ? '' : f.met ? '  met' : '  MISSED';
  const spread = `${f.spread.min.toFixed(2)}-${f.spread.max.toFixed(2)}x over ${f.rounds.length} rounds`;
  return `${f.label}: ${shown(f.value, f.unit)} vs ${shown(f.baseline, f.unit)} = ${f.ratio.toFixed(2)}x (${spread}; ${target})${verdict}`;
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
      spread: { min: round(f.spread.min, 3), max: round(f.spread.max, 3) },
      rounds: f.rounds.map((r) => ({ value: round(r.value), baseline: round(r.baseline), ratio: round(r.ratio, 3) })),
    })),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
