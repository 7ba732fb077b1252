import { createApp } from './app.factory.js';
import { createLogger } from './common/logging/logger.js';
import { ConfigError, validateConfig } from './config/validate-config.js';
import { resolveDatabase } from './database/resolve-database.js';

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

const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await resolveDatabase(config);
if (database.embedded) logger.info({ dataDir: config.dataDir }, 'using the embedded PostgreSQL');

try {
  const app = await createApp({ ...config, databaseUrl: database.url }, logger);
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info({ url: `http://${shownHost}:${port}` }, `Naltrack is ready at http://${shownHost}:${port}`);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests, closing the database');
    setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // Stops accepting, waits for requests in flight, then closes the pool; the embedded database last.
    await app.close();
    await database.embedded?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
} catch (error) {
  logger.fatal({ err: error }, 'Naltrack could not start');
  await database.embedded?.stop();
  process.exit(1);
}
