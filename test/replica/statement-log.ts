import type { PgCluster } from '../faults/support/pg-cluster.js';

/** Turns on the logging of every statement (the standby, copied after this, logs its own too). */
export async function logEveryStatement(cluster: PgCluster): Promise<void> {
  await cluster.query(`ALTER SYSTEM SET log_statement = 'all'`);
  await cluster.query('SELECT pg_reload_conf()');
}

/** How many statements containing `marker` the server has run so far, from its log. */
export async function statementsRun(cluster: PgCluster, marker: string): Promise<number> {
  return (await cluster.log()).split(marker).length - 1;
}

/** Which server ran a statement containing `marker` during `action`: the primary, the replica, both or neither. */
export async function servedBy(
  servers: { primary: PgCluster; replica: PgCluster },
  marker: string,
  action: () => Promise<unknown>,
): Promise<{ primary: number; replica: number }> {
  const before = {
    primary: await statementsRun(servers.primary, marker),
    replica: await statementsRun(servers.replica, marker),
  };
  await action();
  // The server writes its log as it runs the statement, before the answer reaches the client.
  return {
    primary: (await statementsRun(servers.primary, marker)) - before.primary,
    replica: (await statementsRun(servers.replica, marker)) - before.replica,
  };
}
