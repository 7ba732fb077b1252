import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Logger, pino } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import type { RuntimeConfig } from '../src/config/runtime-config.js';
import { validateConfig } from '../src/config/validate-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** The HTTP server, for supertest. */
  server: Server;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Variables as the environment would give them, e.g. `{ DEMO: 'true' }`. */
  env?: Record<string, string>;
  /** An existing database; by default each app gets a fresh one, dropped on close. */
  databaseUrl?: string;
  logger?: Logger;
}

/** The whole app on a real database with migrations applied, through the real HTTP stack. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // A database handed in belongs to the caller, who drops it.
  const database: TestDatabase = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const config: RuntimeConfig = {
    ...validateConfig({ NODE_ENV: 'test', DEMO: 'false', WEB_DIST_DIR: '/nonexistent', ...options.env }),
    databaseUrl: database.url,
  };
  const app = await createApp(config, options.logger ?? pino({ level: 'silent' }));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    dataSource: app.get(DataSource),
    server: app.getHttpServer(),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
