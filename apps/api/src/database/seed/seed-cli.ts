// `npm run seed -- --patients N --seed S`: loads the demo cohort into the database in
// DATABASE_URL (or the embedded one), unless it already holds data. On a server the rows are
// streamed with COPY: 100,000 patients (about 10 million events) take minutes.
import 'reflect-metadata';
import { resolveSettings } from '@naltrack/domain';
import { DataSource } from 'typeorm';
import { PasswordService } from '../../auth/password.service.js';
import { ClinicalClock } from '../../clinical/clinical-clock.js';
import { createLogger } from '../../common/logging/logger.js';
import { validateConfig } from '../../config/validate-config.js';
import { dataSourceOptions } from '../data-source.js';
import { resolveDatabase } from '../resolve-database.js';
import { bulkSeedCohort } from './bulk/bulk-seeder.js';
import { setDemoPasswords } from './demo-accounts.js';
import { DEFAULT_DEMO_SEED, DEFAULT_PATIENTS_PER_TEAM } from './demo-seeder.js';
import { parseSeedArgs, SEED_USAGE, SeedArgsError } from './seed-args.js';

let args: ReturnType<typeof parseSeedArgs>;
try {
  args = parseSeedArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof SeedArgsError)) throw error;
  process.stderr.write(`seed: ${error.message}\n${SEED_USAGE}\n`);
  process.exit(2);
}

const config = validateConfig(process.env);
const logger = createLogger(config.logLevel);
const { url, poolSize, embedded } = await resolveDatabase(config);
const dataSource = new DataSource(dataSourceOptions(url, poolSize));
try {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const seeded = await bulkSeedCohort(dataSource, logger, {
    timeZone: config.clinicTimeZone,
    today: new ClinicalClock(config).today(),
    settings: resolveSettings(config.clinicalSettings),
    seed: args.seed ?? DEFAULT_DEMO_SEED,
    patients: args.patients ?? 3 * DEFAULT_PATIENTS_PER_TEAM,
    // The embedded database's socket server does not carry COPY FROM STDIN.
    copy: embedded === null,
  });
  logger.info(seeded ? 'demo cohort loaded' : 'database already holds data: nothing loaded');
  // The demo cohort's accounts are demo accounts: they sign in with the README's demo password.
  await setDemoPasswords(dataSource, new PasswordService());
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
