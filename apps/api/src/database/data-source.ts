import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DatabaseTimeouts {
  /** Waiting for a connection: a new one, or a free one of the pool. */
  connectMs: number;
  /** One statement, on the server; 0: no limit (the CLIs' long loads and migrations). */
  statementMs: number;
}

// The driver's own wait outlasts the server's statement timeout, so a slow statement ends with the
// server's clear error and only a server that stopped answering at all ends with the driver's.
const DRIVER_GRACE_MS = 5_000;

/**
 * A connection that survives its server going away whoever holds it. pg-pool listens for a
 * connection's errors only while it sits idle and TypeORM only while a query runner holds it; with
 * connections terminated mid-transaction, an error that arrived outside both was unhandled and
 * ended the process. Listening is enough: the connection's next query fails (the API answers 503)
 * and the pool drops it when it comes back.
 */
class ResilientClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/**
 * Connections stay open while idle (pg closes them after 10 s by default) and are replaced after
 * 30 minutes. Each one holds the statements it prepared and a backend whose catalog caches are
 * warm: after a quiet spell, every request that opened a connection again paid for both. As
 * HikariCP advises, a pool of fixed size: https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby
 */
const KEEP_CONNECTIONS = { idleTimeoutMillis: 0, maxLifetimeSeconds: 30 * 60 };

/**
 * The one description of Naltrack's database, shared by the app and the TypeORM CLI. With a read
 * replica, TypeORM's replication keeps a pool for each server; every statement goes to the primary
 * (`defaultMode: 'master'`, where TypeORM would send its own SELECTs to the replica) unless a read
 * asks for a `slave` query runner (see ReportsReader).
 */
export function dataSourceOptions(
  url: string,
  poolSize = 10,
  timeouts: DatabaseTimeouts = { connectMs: 5_000, statementMs: 0 },
  replicaUrls: readonly string[] = [],
): DataSourceOptions {
  const statementLimits =
    timeouts.statementMs > 0
      ? { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + DRIVER_GRACE_MS }
      : {};
  const servers =
    replicaUrls.length > 0
      ? {
          replication: {
            master: { url },
            slaves: replicaUrls.map((slave) => ({ url: slave })),
            defaultMode: 'master' as const,
          },
        }
      : { url };
  return {
    type: 'postgres',
    ...servers,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs installing
    // (the embedded PGlite has none preloaded).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: false,
    extra: {
      max: poolSize,
      ...KEEP_CONNECTIONS,
      connectionTimeoutMillis: timeouts.connectMs,
      Client: ResilientClient,
      ...statementLimits,
    },
  };
}

// The TypeORM CLI (`npm run migration:generate`, `migration:run`) loads this default export; it
// changes the schema, so it connects as the owner when MIGRATION_DATABASE_URL names one.
const cliUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL || 'postgres://localhost/naltrack';
export default new DataSource(dataSourceOptions(cliUrl));
