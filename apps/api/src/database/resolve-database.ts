import type { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';

export interface ResolvedDatabase {
  url: string;
  /** Connections the app's pool may open: one for the embedded database (see EmbeddedPostgres). */
  poolSize: number;
  /** The embedded server when no DATABASE_URL was given; stop it after the pool is closed. */
  embedded: EmbeddedPostgres | null;
}

/** DATABASE_URL when set, else an embedded PostgreSQL keeping its data in DATA_DIR. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, poolSize: config.databasePoolSize, embedded: null };
  // Only the app can sign in (see EmbeddedPostgres): a few sockets beside the pool's one leave room
  // for a connection the pool replaces while the old one is still closing.
  const embedded = await EmbeddedPostgres.start({ dataDir: config.dataDir, maxConnections: 4 });
  return { url: embedded.url, poolSize: EmbeddedPostgres.POOL_SIZE, embedded };
}
