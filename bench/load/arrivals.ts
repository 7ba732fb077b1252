import { setTimeout as sleep } from 'node:timers/promises';

/**
 * An open workload: arrival i is due at `from + i / rate` seconds and starts then, however many
 * earlier ones are still waiting for their answers, so a slow server meets the same demand (and
 * its queue shows in the latencies, which start at the arrival). Resolves with every arrival's
 * work once the last is due; `launch` must not throw.
 */
export async function arriveAtRate(
  rate: number,
  from: number,
  until: number,
  launch: (dueAt: number) => Promise<void>,
): Promise<Promise<void>[]> {
  const started: Promise<void>[] = [];
  for (let i = 0; ; i++) {
    const dueAt = from + (i * 1000) / rate;
    if (dueAt >= until) return started;
    const wait = dueAt - performance.now();
    if (wait > 1) await sleep(wait);
    started.push(launch(dueAt));
  }
}
