import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logging/logger.js';
import { ConfigError, validateConfig } from './config/validate-config.js';
import { type ResolvedDatabase, resolveDatabase } from './database/resolve-database.js';

const SHUTDOWN_DEADLINE_MS = 9_000;

function loadConfig() {
  try {
    return validateConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** Stops accepting, waits for requests in flight, closes the pool, then the embedded database. */
function stopOnSignals(app: NestFastifyApplication, database: ResolvedDatabase, logger: Logger): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests, closing the database');
    setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await app.close();
    await database.embedded?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

const config = loadConfig();
const logger = createLogger(config.logLevel);
let database: ResolvedDatabase | undefined;
try {
  database = await resolveDatabase(config);
  if (database.embedded) logger.info({ dataDir: config.dataDir }, 'using the embedded PostgreSQL');
  const app = await createApp({ ...config, databaseUrl: database.url, databasePoolSize: database.poolSize }, logger);
  await app.listen({ port: config.port, host: config.host });
  stopOnSignals(app, database, logger);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info({ url: `http://${host}:${port}` }, `Naltrack is ready at http://${host}:${port}`);
} catch (error) {
  // The message stays in `err`, where the serializer drops it when a driver's could quote values.
  logger.fatal({ err: error }, 'Naltrack could not start');
  await database?.embedded?.stop();
  process.exit(1);
}
