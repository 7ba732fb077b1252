import type { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';

export interface ResolvedDatabase {
  url: string;
  /** The embedded server when no DATABASE_URL was given; stop it after the pool is closed. */
  embedded: EmbeddedPostgres | null;
}

/** DATABASE_URL when set, else an embedded PostgreSQL keeping its data in DATA_DIR. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await EmbeddedPostgres.start({
    dataDir: config.dataDir,
    maxConnections: config.databasePoolSize + 2,
  });
  return { url: embedded.url, embedded };
}
