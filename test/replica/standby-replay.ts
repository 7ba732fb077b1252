import type { PgCluster } from '../faults/support/pg-cluster.js';

/** Waits until the replica has replayed everything the primary wrote so far. */
export async function replicaCaughtUp(servers: { primary: PgCluster; replica: PgCluster }): Promise<void> {
  const [target] = await servers.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  for (let i = 0; i < 200; i++) {
    const [row] = await servers.replica.query<{ done: boolean }>(
      'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
      [target?.lsn],
    );
    if (row?.done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the replica did not catch up within 10 s');
}

/** Holds the standby's replay (it still receives WAL), once the pause has taken effect. */
export async function pauseReplay(standby: PgCluster): Promise<void> {
  await standby.query('SELECT pg_wal_replay_pause()');
  for (let i = 0; i < 100; i++) {
    const [row] = await standby.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
    if (row?.state === 'paused') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the replica did not pause its replay within 2 s');
}
