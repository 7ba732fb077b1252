import { jest } from '@jest/globals';
import type { ReplicaState } from '@naltrack/domain';
import type { DataSource, EntityManager, ReplicationMode } from 'typeorm';
import { RecentWrites } from './recent-writes.js';
import type { ReplicaMonitor } from './replica-monitor.js';
import { ReportsReader } from './reports-reader.js';

/** Query runners that answer with the server they were asked for, or fail like a replica that went away. */
function fakeDataSource(replicaGone: boolean) {
  const used: ReplicationMode[] = [];
  const dataSource = {
    createQueryRunner: (mode: ReplicationMode) => ({
      manager: { mode } as unknown as EntityManager,
      isTransactionActive: false,
      connect: async () => {
        used.push(mode);
        if (mode === 'slave' && replicaGone)
          throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
      release: async () => undefined,
    }),
  } as unknown as DataSource;
  return { dataSource, used };
}

function fakeMonitor(state: ReplicaState | null, caughtUpTo: number) {
  const monitor = { state: () => state, caughtUpTo: () => caughtUpTo, suspect: jest.fn() };
  return monitor as typeof monitor & ReplicaMonitor;
}

const modeOf = (manager: EntityManager) => Promise.resolve((manager as unknown as { mode: ReplicationMode }).mode);

describe('ReportsReader', () => {
  it('reads on the replica only while it is up, and never without one', () => {
    const { dataSource } = fakeDataSource(false);
    const writes = new RecentWrites();
    for (const [state, mode] of [
      [null, 'master'],
      ['down', 'master'],
      ['lagging', 'master'],
      ['up', 'slave'],
    ] as const) {
      expect(new ReportsReader(dataSource, fakeMonitor(state, Date.now()), writes).modeFor('c1')).toBe(mode);
    }
  });

  it('sends a clinician who wrote after the instant the replica holds to the primary, and only them', () => {
    const { dataSource } = fakeDataSource(false);
    const writes = new RecentWrites();
    const before = Date.now() - 1;
    writes.record('writer');
    const reader = new ReportsReader(dataSource, fakeMonitor('up', before), writes);
    expect(reader.modeFor('writer')).toBe('master');
    expect(reader.modeFor('colleague')).toBe('slave');
    // Once the replica is dated after the write, the writer reads it there.
    expect(new ReportsReader(dataSource, fakeMonitor('up', Date.now() + 1), writes).modeFor('writer')).toBe('slave');
  });

  it('does a read the replica failed again on the primary, and reports the replica', async () => {
    const { dataSource, used } = fakeDataSource(true);
    const monitor = fakeMonitor('up', Date.now());
    const reader = new ReportsReader(dataSource, monitor, new RecentWrites());
    expect(await reader.read('c1', modeOf)).toBe('master');
    expect(used).toEqual(['slave', 'master']);
    expect(monitor.suspect).toHaveBeenCalledTimes(1);
    const runner = await reader.connect('c1');
    expect(await modeOf(runner.manager)).toBe('master');
  });
});
