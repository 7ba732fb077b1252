import { percentile, round } from './statistics.js';

export interface Failure {
  kind: string;
  /** Seconds since measuring began (negative in the warm-up). */
  atSeconds: number;
  /** The status and error code answered, or the transport error. */
  what: string;
}

export interface BucketFigures {
  /** Seconds since measuring began, at the bucket's start. */
  fromSeconds: number;
  calls: Record<string, CallFigures>;
  failures: number;
}

export interface CallFigures {
  n: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function callFigures(latencies: number[]): CallFigures {
  return {
    n: latencies.length,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.reduce((a, b) => Math.max(a, b), 0)),
  };
}

function byKind(kinds: Map<string, number[]>): Record<string, CallFigures> {
  return Object.fromEntries(
    [...kinds.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, latencies]) => [kind, callFigures(latencies)]),
  );
}

/** Keeps at most this many failures in full; the rest are only counted. */
const KEPT_FAILURES = 50;

/**
 * Every call's latency by kind and by the bucket (a minute in the full run) in which it started.
 * Calls of the warm-up count only for failures.
 */
export class LatencyLog {
  private readonly buckets = new Map<number, Map<string, number[]>>();
  private readonly failuresByBucket = new Map<number, number>();
  readonly kept: Failure[] = [];
  failures = 0;
  /** Failures by kind and what was answered. */
  readonly failureCounts = new Map<string, number>();

  constructor(
    private readonly measuringFrom: number,
    private readonly bucketMs: number,
  ) {}

  private bucketOf(startedAt: number): number {
    return Math.floor((startedAt - this.measuringFrom) / this.bucketMs);
  }

  succeeded(kind: string, startedAt: number, ms: number): void {
    const bucket = this.bucketOf(startedAt);
    if (bucket < 0) return;
    const kinds = this.buckets.get(bucket) ?? new Map<string, number[]>();
    this.buckets.set(bucket, kinds);
    const latencies = kinds.get(kind) ?? [];
    kinds.set(kind, latencies);
    latencies.push(ms);
  }

  failed(kind: string, startedAt: number, what: string): void {
    this.failures++;
    const bucket = Math.max(this.bucketOf(startedAt), -1);
    this.failuresByBucket.set(bucket, (this.failuresByBucket.get(bucket) ?? 0) + 1);
    const key = `${kind}: ${what}`;
    this.failureCounts.set(key, (this.failureCounts.get(key) ?? 0) + 1);
    if (this.kept.length < KEPT_FAILURES) {
      this.kept.push({ kind, atSeconds: round((startedAt - this.measuringFrom) / 1000, 1), what });
    }
  }

  /** Successful calls measured, over every kind and bucket. */
  calls(): number {
    let n = 0;
    for (const kinds of this.buckets.values()) for (const latencies of kinds.values()) n += latencies.length;
    return n;
  }

  /** The figures of buckets 0..count-1, in order. */
  figures(count: number): BucketFigures[] {
    return Array.from({ length: count }, (_, bucket) => ({
      fromSeconds: (bucket * this.bucketMs) / 1000,
      calls: byKind(this.buckets.get(bucket) ?? new Map()),
      failures: this.failuresByBucket.get(bucket) ?? 0,
    }));
  }

  /** p50 and p99 of each kind over the whole measured run. */
  overall(): Record<string, CallFigures> {
    const all = new Map<string, number[]>();
    for (const kinds of this.buckets.values()) {
      for (const [kind, latencies] of kinds) all.set(kind, [...(all.get(kind) ?? []), ...latencies]);
    }
    return byKind(all);
  }
}
