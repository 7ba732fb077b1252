import type { BucketFigures, CallFigures } from './latency-log.js';
import type { ResourceSample } from './resource-samples.js';
import { mean, round, slope } from './statistics.js';

export interface Trend {
  first: number;
  last: number;
  min: number;
  max: number;
  /** Least-squares slope over the measured run, per minute. */
  slopePerMinute: number;
  /** What the slope adds up to over the run. */
  riseOverRun: number;
}

/** The trend of one resource over the samples taken while measuring (warm-up and drain left out). */
export function trendOf<T extends { atSeconds: number }>(
  samples: T[],
  seconds: number,
  value: (s: T) => number,
): Trend {
  const measured = samples.filter((s) => s.atSeconds >= 0 && s.atSeconds <= seconds);
  const values = measured.map(value);
  const perMinute = slope(measured.map((s) => ({ x: s.atSeconds / 60, y: value(s) })));
  return {
    first: round(values[0] ?? Number.NaN),
    last: round(values[values.length - 1] ?? Number.NaN),
    min: round(values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY)),
    max: round(values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY)),
    slopePerMinute: round(perMinute, 3),
    riseOverRun: round((perMinute * seconds) / 60),
  };
}

export interface BucketResources {
  rssMb: number;
  connectionsMean: number;
  connectionsMax: number;
  loadAverage: number;
}

/** Mean RSS, mean and highest connection count and mean load average of each bucket's samples. */
export function resourcesByBucket(samples: ResourceSample[], bucketSeconds: number, count: number): BucketResources[] {
  return Array.from({ length: count }, (_, bucket) => {
    const inside = samples.filter(
      (s) => s.atSeconds >= bucket * bucketSeconds && s.atSeconds < (bucket + 1) * bucketSeconds,
    );
    return {
      rssMb: round(mean(inside.map((s) => s.rssMb))),
      connectionsMean: round(mean(inside.map((s) => s.connections))),
      connectionsMax: inside.reduce((a, s) => Math.max(a, s.connections), 0),
      loadAverage: round(mean(inside.map((s) => s.loadAverage))),
    };
  });
}

const pad = (text: string, width: number) => text.padStart(width);

function label(fromSeconds: number, bucketSeconds: number): string {
  return bucketSeconds % 60 === 0 ? `min ${fromSeconds / 60 + 1}` : `${fromSeconds}-${fromSeconds + bucketSeconds} s`;
}

/** p50/p99 (ms) of each call kind per bucket, one column per bucket, and the whole run's last. */
export function latencyTable(
  buckets: BucketFigures[],
  overall: Record<string, CallFigures>,
  bucketSeconds: number,
): string {
  const kinds = Object.keys(overall);
  const width = Math.max(...kinds.map((k) => k.length), 4);
  const cell = 13;
  const header = [
    pad('', width),
    ...buckets.map((b) => pad(label(b.fromSeconds, bucketSeconds), cell)),
    pad('whole run', cell),
    pad('calls', 8),
  ];
  const figures = (f: CallFigures | undefined) => pad(f ? `${Math.round(f.p50Ms)}/${Math.round(f.p99Ms)}` : '-', cell);
  const rows = kinds.map((kind) =>
    [
      kind.padEnd(width),
      ...buckets.map((b) => figures(b.calls[kind])),
      figures(overall[kind]),
      pad(String(overall[kind]?.n ?? 0), 8),
    ].join(''),
  );
  const failures = ['failures'.padEnd(width), ...buckets.map((b) => pad(String(b.failures), cell))].join('');
  return [`p50/p99 ms per ${bucketSeconds} s`, header.join(''), ...rows, failures].join('\n');
}

export function resourceTable(resources: BucketResources[], buckets: BucketFigures[], bucketSeconds: number): string {
  const width = 20;
  const cell = 13;
  const row = (name: string, values: string[]) => [name.padEnd(width), ...values.map((v) => pad(v, cell))].join('');
  return [
    row(
      '',
      buckets.map((b) => label(b.fromSeconds, bucketSeconds)),
    ),
    row(
      'app RSS (MB)',
      resources.map((r) => String(r.rssMb)),
    ),
    row(
      'db connections',
      resources.map((r) => `${r.connectionsMean} (max ${r.connectionsMax})`),
    ),
    row(
      'load average',
      resources.map((r) => String(r.loadAverage)),
    ),
  ].join('\n');
}

/** The app's CPU use while measuring: the share of one core, and CPU milliseconds per answered call. */
export function appCpu(samples: ResourceSample[], seconds: number, calls: number) {
  const measured = samples.filter((s) => s.atSeconds >= 0 && s.atSeconds <= seconds);
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (!first || !last || last.atSeconds <= first.atSeconds || calls === 0) return null;
  const coreShare = (last.cpuSeconds - first.cpuSeconds) / (last.atSeconds - first.atSeconds);
  return { coreShare: round(coreShare, 3), msPerCall: round((coreShare * 1000 * seconds) / calls) };
}
