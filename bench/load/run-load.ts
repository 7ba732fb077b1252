// `npm run bench:load` (10 minutes on 100,000 patients) and `npm run test:load` (30 s on 300, in
// CI): many signed-in clinicians' caseload, patient page, timeline, recording and approval calls at
// a fixed arrival rate against the built app on a real PostgreSQL. Prints p50/p99 of each call per
// minute, the app's RSS and the database's connections with their least-squares slopes, writes
// them to a JSON file, and exits non-zero on any failed call (and, in the full run, when the heap
// the app keeps after a full collection or the connection count rises).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SeededRandom } from '@naltrack/api/dist/database/seed/seeded-random.js';
import { clinicalDateOf } from '@naltrack/domain';
import { startApi } from '../scale/processes.js';
import { arriveAtRate } from './arrivals.js';
import { HttpClient } from './http-client.js';
import { LatencyLog } from './latency-log.js';
import { loadConfig } from './load-config.js';
import { prepareLoadDatabase, untilCaseloadCurrent } from './load-database.js';
import { appCpu, latencyTable, resourcesByBucket, resourceTable, trendOf } from './load-report.js';
import { ResourceSampler } from './resource-samples.js';
import { type Caller, signIn } from './sign-in.js';
import { round } from './statistics.js';
import { ACTIONS, nextAction, POLLS, poll, type Workload } from './workload.js';

/** Keep-alive connections the clinicians share (requests beyond them queue, and that counts). */
const CONNECTIONS = 50;
/** How long calls still in flight when the last arrival is due may take to finish. */
const DRAIN_MS = 60_000;
/** The full run's limits on a trend: more is a leak. */
const LIMITS = { heapMbPerMinute: 1, connectionsPerMinute: 0.2 };

const config = loadConfig(process.argv.slice(2));
const startedAt = Date.now();
const elapsed = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;
console.log(
  `Naltrack load run (${config.profile}) on ${os.cpus().length} cores: ${config.rate} actions/s for ` +
    `${config.seconds} s after ${config.warmUpSeconds} s of warm-up, ${config.patients.toLocaleString('en-US')} patients\n`,
);

const fixtures = await prepareLoadDatabase(config);
const heapFile = path.join(os.tmpdir(), `naltrack-load-heap-${process.pid}.log`);
rmSync(heapFile, { force: true });
const app = await startApi(config.root, config.databaseUrl, config.timeZone, config.port, {
  NODE_OPTIONS: `--import ${new URL('./heap-probe.js', import.meta.url)}`,
  LOAD_HEAP_FILE: heapFile,
  LOAD_HEAP_EVERY_MS: String(config.heapSeconds * 1000),
});
const client = new HttpClient(new URL(app.url), CONNECTIONS);
const problems: string[] = [];
let report: Record<string, unknown> = {};
try {
  await untilCaseloadCurrent(config);
  const callers: Caller[] = [];
  for (const [index, clinician] of fixtures.clinicians.entries()) {
    callers.push(await signIn(client, clinician, fixtures.password, index));
  }
  const sessions = callers.filter((c) => c.via === 'session').length;
  console.log(
    `${callers.length} clinicians signed in (${sessions} with a session, ${callers.length - sessions} with an API token); ` +
      `ready after ${elapsed()}\n`,
  );

  const random = new SeededRandom(config.seed);
  const begin = performance.now();
  const measuringFrom = begin + config.warmUpSeconds * 1000;
  const measuringFromClock = Date.now() + config.warmUpSeconds * 1000;
  const bucketMs = config.bucketSeconds * 1000;
  const buckets = Math.ceil(config.seconds / config.bucketSeconds);
  const log = new LatencyLog(measuringFrom, bucketMs);
  const sampler = new ResourceSampler(app.pid, config.databaseUrl, measuringFrom);
  const workload: Workload = {
    client,
    log,
    teams: fixtures.teams,
    callers,
    random: () => random.next(),
    today: clinicalDateOf(new Date(), config.timeZone),
  };
  const loadAverageBefore = os.loadavg();
  await sampler.start(config.sampleSeconds);

  // One line per bucket once it has ended: what has answered so far.
  let shown = 0;
  const showUpTo = (count: number) => {
    const figures = log.figures(count);
    for (; shown < count; shown++) {
      const bucket = figures[shown];
      const inside = sampler.samples.filter(
        (s) =>
          s.atSeconds >= (bucket?.fromSeconds ?? 0) && s.atSeconds < (bucket?.fromSeconds ?? 0) + config.bucketSeconds,
      );
      const last = inside[inside.length - 1];
      const calls = Object.values(bucket?.calls ?? {}).reduce((n, f) => n + f.n, 0);
      const worst = Object.entries(bucket?.calls ?? {}).sort(([, a], [, b]) => b.p99Ms - a.p99Ms)[0];
      console.log(
        `${bucket?.fromSeconds}-${(bucket?.fromSeconds ?? 0) + config.bucketSeconds} s: ${calls} calls, ` +
          `${bucket?.failures ?? 0} failed; highest p99 ${worst ? `${worst[1].p99Ms} ms (${worst[0]})` : '-'}; ` +
          `RSS ${round(last?.rssMb ?? 0)} MB, ${last?.connections ?? 0} connections, load ${round(last?.loadAverage ?? 0)}`,
      );
    }
  };
  const progress = setInterval(
    () => showUpTo(Math.min(buckets, Math.floor((performance.now() - measuringFrom) / bucketMs))),
    1000,
  );

  const until = measuringFrom + config.seconds * 1000;
  const harnessFailure = (dueAt: number) => (error: unknown) =>
    log.failed('harness', dueAt, error instanceof Error ? error.message : String(error));
  // The actions at the set rate and, beside them, each signed-in clinician's dashboard polls.
  const streams = await Promise.all([
    arriveAtRate(config.rate, begin, until, (dueAt) =>
      nextAction(workload.random)(workload, dueAt).catch(harnessFailure(dueAt)),
    ),
    ...POLLS.map((which) => {
      let next = 0;
      return arriveAtRate(callers.length / which.everySeconds, begin, until, (dueAt) => {
        const caller = callers[next++ % callers.length] as Caller;
        return poll(workload, which, caller, dueAt).catch(harnessFailure(dueAt));
      });
    }),
  ]);
  const arrivals = streams.flat();
  const drained = await Promise.race([Promise.all(arrivals).then(() => true), sleep(DRAIN_MS, false)]);
  clearInterval(progress);
  showUpTo(buckets);
  if (!drained) problems.push(`calls were still waiting for answers ${DRAIN_MS / 1000} s after the last arrival`);
  await sampler.stop();
  if (sampler.appGone) problems.push('the app exited during the run');

  const perBucket = log.figures(buckets);
  const overall = log.overall();
  const resources = resourcesByBucket(sampler.samples, config.bucketSeconds, buckets);
  const rss = trendOf(sampler.samples, config.seconds, (s) => s.rssMb);
  const connections = trendOf(sampler.samples, config.seconds, (s) => s.connections);
  const heapSamples = (existsSync(heapFile) ? readFileSync(heapFile, 'utf8').trim().split('\n') : [])
    .map((line) => line.split(' ').map(Number))
    .map(([at = 0, bytes = 0]) => ({ atSeconds: (at - measuringFromClock) / 1000, heapMb: bytes / 2 ** 20 }));
  const heap = trendOf(heapSamples, config.seconds, (s) => s.heapMb);
  const leaks =
    config.profile === 'full'
      ? [
          ...(heap.slopePerMinute > LIMITS.heapMbPerMinute
            ? [`the heap the app keeps rises ${heap.slopePerMinute} MB/min (limit ${LIMITS.heapMbPerMinute})`]
            : []),
          ...(connections.slopePerMinute > LIMITS.connectionsPerMinute
            ? [`database connections rise ${connections.slopePerMinute}/min (limit ${LIMITS.connectionsPerMinute})`]
            : []),
        ]
      : [];
  problems.push(...leaks);
  if (log.failures > 0) problems.unshift(`${log.failures} calls failed`);

  console.log(`\n${latencyTable(perBucket, overall, config.bucketSeconds)}\n`);
  console.log(`${resourceTable(resources, perBucket, config.bucketSeconds)}\n`);
  console.log(
    `App RSS: ${rss.first} MB at the start, ${rss.last} MB at the end, slope ${rss.slopePerMinute} MB/min ` +
      `(${rss.riseOverRun} MB over the run)`,
  );
  console.log(
    `Heap kept after a full collection (every ${config.heapSeconds} s): ${heap.first} MB at the start, ` +
      `${heap.last} MB at the end, slope ${heap.slopePerMinute} MB/min (${heap.riseOverRun} MB over the run)`,
  );
  console.log(
    `Database connections: ${connections.min}-${connections.max}, slope ${connections.slopePerMinute}/min ` +
      `(${connections.riseOverRun} over the run)`,
  );
  const calls = log.calls();
  const cpu = appCpu(sampler.samples, config.seconds, calls);
  if (cpu) console.log(`App CPU: ${round(cpu.coreShare * 100)}% of a core, ${cpu.msPerCall} ms per call`);
  for (const [what, n] of log.failureCounts) console.log(`FAILED ${n}x ${what}`);

  report = {
    measuredAt: new Date().toISOString(),
    profile: config.profile,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      loadAverageBefore: loadAverageBefore.map((n) => round(n)).join(', '),
      loadAverageAfter: os
        .loadavg()
        .map((n) => round(n))
        .join(', '),
    },
    settings: {
      patients: config.patients,
      actionsPerSecond: config.rate,
      seconds: config.seconds,
      warmUpSeconds: config.warmUpSeconds,
      bucketSeconds: config.bucketSeconds,
      clinicians: { sessions, apiTokens: callers.length - sessions },
      actionWeights: Object.fromEntries(ACTIONS.map((a) => [a.name, a.weight])),
      pollsPerClinician: Object.fromEntries(POLLS.map((p) => [p.kind, `every ${p.everySeconds} s`])),
    },
    totals: {
      arrivals: arrivals.length,
      callsMeasured: calls,
      callsPerSecond: round(calls / config.seconds),
      failures: log.failures,
    },
    appCpu: cpu,
    failures: { byWhat: Object.fromEntries(log.failureCounts), first: log.kept },
    overall,
    perBucket: perBucket.map((b, i) => ({ ...b, ...resources[i] })),
    rssMb: rss,
    heapAfterFullGcMb: {
      ...heap,
      everySeconds: config.heapSeconds,
      limitPerMinute: config.profile === 'full' ? LIMITS.heapMbPerMinute : null,
      samples: heapSamples.map((h) => [round(h.atSeconds), round(h.heapMb)]),
    },
    databaseConnections: {
      ...connections,
      limitPerMinute: config.profile === 'full' ? LIMITS.connectionsPerMinute : null,
    },
    samplesColumns: ['atSeconds', 'rssMb', 'connections', 'appCpuSeconds', 'loadAverage'],
    samples: sampler.samples.map((s) => [
      round(s.atSeconds),
      round(s.rssMb),
      s.connections,
      round(s.cpuSeconds),
      round(s.loadAverage),
    ]),
  };
} finally {
  client.close();
  const code = await app.stop();
  if (code !== 0) problems.push(`the app exited with ${code} after SIGTERM`);
  if (problems.length > 0 && app.output()) console.log(`\nThe app's last output:\n${app.output()}`);
  rmSync(heapFile, { force: true });
}

mkdirSync(path.dirname(config.resultsFile), { recursive: true });
writeFileSync(
  config.resultsFile,
  `${JSON.stringify({ ...report, verdict: problems.length === 0 ? 'pass' : 'fail', problems }, null, 2)}\n`,
);
console.log(`\nResults in ${path.relative(config.root, config.resultsFile)}. Done in ${elapsed()}.`);
if (problems.length > 0) {
  console.log(`FAILED: ${problems.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('0 failed calls.');
}
