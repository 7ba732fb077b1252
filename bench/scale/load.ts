import autocannon from 'autocannon';
import type pg from 'pg';

/** Connections (autocannon) and pool connections (pg) on each side of a latency comparison. */
export const CONNECTIONS = 10;

/** Latencies (ms) of the requests of one measurement, and how many failed. */
export interface Samples {
  latencies: number[];
  failures: number;
}

export interface HttpLoad {
  url: string;
  headers?: Record<string, string>;
  /** For writes: the method, path and body of each request in turn. */
  next?: () => { method: 'POST'; path: string; body: string };
}

/**
 * Requests at a fixed overall rate (autocannon's overallRate) for `seconds`, over 10 keep-alive
 * connections: each connection sends its share of a second's requests back to back as the second
 * begins. Every response time is kept, so rounds can be pooled before taking percentiles.
 */
export async function httpAtRate(load: HttpLoad, rate: number, seconds: number): Promise<Samples> {
  const latencies: number[] = [];
  let failures = 0;
  const next = load.next;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: load.url,
        connections: CONNECTIONS,
        overallRate: rate,
        duration: seconds,
        headers: load.headers,
        ...(next ? { requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  const result = await done;
  return { latencies, failures: failures + result.errors + result.timeouts };
}

/** As many requests as 20 connections can carry for `seconds`: requests per second. */
export async function httpThroughput(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url} answered ${result.non2xx + result.errors} failures`);
  return result.requests.total / seconds;
}

/**
 * The same load for SQL through `pg`, shaped as autocannon shapes a fixed rate: each of 10
 * connections gets its share of the rate and, at the start of every second, makes that many calls
 * one after another, then waits for the next second. Each call is timed from start to answer.
 */
export async function sqlAtRate(
  pool: pg.Pool,
  rate: number,
  seconds: number,
  call: (pool: pg.Pool) => Promise<unknown>,
): Promise<Samples> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const connection = async (share: number) => {
    for (let second = 0; second < seconds; second++) {
      const wait = started + second * 1000 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      for (let i = 0; i < share; i++) {
        const at = performance.now();
        try {
          await call(pool);
          latencies.push(performance.now() - at);
        } catch {
          failures++;
        }
      }
    }
  };
  // autocannon's split of an overall rate over its connections.
  const shares = Array.from(
    { length: CONNECTIONS },
    (_, i) => Math.floor(rate / CONNECTIONS) + (i + 1 <= rate % CONNECTIONS ? 1 : 0),
  );
  await Promise.all(shares.map(connection));
  return { latencies, failures };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * The sides of a comparison in alternating rounds after a short warm-up of each: a, b, c in even
 * rounds and c, b, a in odd ones, so that a change in the machine's load touches every side alike
 * and no side always runs first (on a cache another side warmed, or on the first breath of a round).
 */
export async function alternate<K extends string, T>(
  rounds: number,
  sides: Record<K, (warmUp: boolean) => Promise<T>>,
  settle: () => Promise<void> = async () => undefined,
): Promise<Record<K, T[]>> {
  const names = Object.keys(sides) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (const name of names) await sides[name](true);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      await settle();
      results[name].push(await sides[name](false));
    }
  }
  return results;
}

const SETTLE_LIMIT_MS = 10_000;

/**
 * Waits (10 s at most) until no statement runs in these databases but ours. A side that overloads
 * the server leaves statements running after its clients stopped, and without this wait they
 * would slow the next side down and count against it.
 */
export async function untilIdle(pools: readonly pg.Pool[]): Promise<void> {
  const deadline = performance.now() + SETTLE_LIMIT_MS;
  for (const pool of pools) {
    while (performance.now() < deadline) {
      const { rows } = await pool.query(
        `SELECT COUNT(*)::int AS running FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]?.running === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
