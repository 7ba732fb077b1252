// `npm run seed`: loads the demo cohort into the database in DATABASE_URL (or the embedded one).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createLogger } from '../../common/logging/logger.js';
import { validateConfig } from '../../config/validate-config.js';
import { dataSourceOptions } from '../data-source.js';
import { resolveDatabase } from '../resolve-database.js';
import { seedDemoCohort } from './demo-seeder.js';

const config = validateConfig(process.env);
const logger = createLogger(config.logLevel);
const { url, embedded } = await resolveDatabase(config);
const dataSource = new DataSource(dataSourceOptions(url));
try {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const seeded = await seedDemoCohort(dataSource, logger, { timeZone: config.clinicTimeZone });
  logger.info(seeded ? 'demo cohort loaded' : 'database already holds data: nothing loaded');
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
