import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { dataSourceOptions } from './data-source.js';

@Module({})
export class DatabaseModule {
  /** Connects with the shared data-source options and brings the schema up to date. */
  static register(config: RuntimeConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.databasePoolSize, {
            connectMs: config.databaseConnectTimeoutMs,
            statementMs: config.databaseStatementTimeoutMs,
          }),
          migrationsRun: true,
          // Fail fast at start rather than retrying for minutes against a wrong URL.
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
      ],
    };
  }
}
