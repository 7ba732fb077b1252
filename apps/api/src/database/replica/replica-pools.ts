import pg from 'pg';
import type { DataSource, DataSourceOptions } from 'typeorm';

/** Whether a server accepts a connection within the time given. */
export async function serverAnswers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * TypeORM opens a connection to every replica while connecting and fails the whole start when one
 * is down; a replica that does not answer is left out, so the app starts on its primary (the
 * ReplicaMonitor adds the replica's pool once it answers).
 */
export async function withoutSilentReplicas(options: DataSourceOptions, timeoutMs: number): Promise<DataSourceOptions> {
  if (options.type !== 'postgres' || !options.replication) return options;
  const { slaves: all } = options.replication;
  const answering = await Promise.all(all.map((slave) => (slave.url ? serverAnswers(slave.url, timeoutMs) : false)));
  const slaves = all.filter((_, index) => answering[index]);
  return { ...options, replication: { ...options.replication, slaves } };
}

/** TypeORM's pools of the replicas it reads from (PostgresDriver.slaves). */
function replicaPools(dataSource: DataSource): pg.Pool[] {
  return (dataSource.driver as unknown as { slaves: pg.Pool[] }).slaves;
}

/**
 * Gives TypeORM a pool on the replica when it has none (it was left out at start), with the
 * primary pool's settings. Resolves to whether one was added.
 */
export function attachReplicaPool(dataSource: DataSource, url: string, onError: (error: Error) => void): boolean {
  const pools = replicaPools(dataSource);
  if (pools.length > 0) return false;
  const extra = (dataSource.options as { extra?: pg.PoolConfig }).extra ?? {};
  const pool = new pg.Pool({ ...extra, connectionString: url });
  pool.on('error', onError);
  pools.push(pool);
  return true;
}
