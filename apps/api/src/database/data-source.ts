import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** The one description of Naltrack's database, shared by the app and the TypeORM CLI. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
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
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  };
}

// The TypeORM CLI (`npm run migration:generate`, `migration:run`) loads this default export.
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/naltrack'));
