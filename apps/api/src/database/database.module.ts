import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { dataSourceOptions } from './data-source.js';
import { runMigrations } from './run-migrations.js';

@Module({})
export class DatabaseModule {
  /**
   * Connects with the shared data-source options and brings the schema up to date: on the app's
   * own connection, or first on MIGRATION_DATABASE_URL's (the tables' owner) when that differs,
   * so the app's role needs no right to change the schema.
   */
  static register(config: RuntimeConfig): DynamicModule {
    const options = {
      ...dataSourceOptions(config.databaseUrl, config.databasePoolSize, {
        connectMs: config.databaseConnectTimeoutMs,
        statementMs: config.databaseStatementTimeoutMs,
      }),
      // Fail fast at start rather than retrying for minutes against a wrong URL.
      retryAttempts: 2,
      retryDelay: 1_000,
    };
    const migrationUrl = config.migrationDatabaseUrl;
    const separate = migrationUrl !== null && migrationUrl !== config.databaseUrl;
    return {
      module: DatabaseModule,
      imports: [
        separate
          ? TypeOrmModule.forRootAsync({
              useFactory: async () => {
                await runMigrations(migrationUrl, config.databaseConnectTimeoutMs);
                return { ...options, migrationsRun: false };
              },
            })
          : TypeOrmModule.forRoot({ ...options, migrationsRun: true }),
      ],
    };
  }
}
