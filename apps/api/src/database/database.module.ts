import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { dataSourceOptions } from './data-source.js';
import { RecentWrites } from './replica/recent-writes.js';
import { RecordWritesInterceptor } from './replica/record-writes.interceptor.js';
import { ReplicaMonitor } from './replica/replica-monitor.js';
import { withoutSilentReplicas } from './replica/replica-pools.js';
import { ReportsReader } from './replica/reports-reader.js';
import { runMigrations } from './run-migrations.js';

@Module({})
export class DatabaseModule {
  /**
   * Connects with the shared data-source options and brings the schema up to date: on the app's
   * own connection, or first on MIGRATION_DATABASE_URL's (the tables' owner) when that differs,
   * so the app's role needs no right to change the schema. With REPORTS_DATABASE_URL, TypeORM also
   * keeps a pool on the read replica, which ReportsReader decides when to use.
   */
  static register(config: RuntimeConfig): DynamicModule {
    const options = {
      ...dataSourceOptions(
        config.databaseUrl,
        config.databasePoolSize,
        { connectMs: config.databaseConnectTimeoutMs, statementMs: config.databaseStatementTimeoutMs },
        config.reportsDatabaseUrl ? [config.reportsDatabaseUrl] : [],
      ),
      // Fail fast at start rather than retrying for minutes against a wrong URL.
      retryAttempts: 2,
      retryDelay: 1_000,
    };
    const migrationUrl = config.migrationDatabaseUrl;
    const separate = migrationUrl !== null && migrationUrl !== config.databaseUrl;
    const replicaProviders: Provider[] = config.reportsDatabaseUrl
      ? [{ provide: APP_INTERCEPTOR, useClass: RecordWritesInterceptor }]
      : [];
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            if (separate) await runMigrations(migrationUrl, config.databaseConnectTimeoutMs);
            return { ...options, migrationsRun: !separate };
          },
          dataSourceFactory: async (given) => {
            if (!given) throw new Error('no data source options');
            const reachable = await withoutSilentReplicas(given, config.databaseConnectTimeoutMs);
            return new DataSource(reachable).initialize();
          },
        }),
      ],
      providers: [RecentWrites, ReplicaMonitor, ReportsReader, ...replicaProviders],
      exports: [ReplicaMonitor, ReportsReader],
    };
  }
}
