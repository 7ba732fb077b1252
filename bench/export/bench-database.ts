import { dataSourceOptions } from '@naltrack/api/dist/database/data-source.js';
import { bulkSeedCohort } from '@naltrack/api/dist/database/seed/bulk/bulk-seeder.js';
import { clinicalDateOf } from '@naltrack/domain';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { withClient } from '../shared/seeded-database.js';
import { BENCH_CLINICIAN_EMAIL, type BenchConfig } from './bench-config.js';

/** Progress lines as plain text: the bulk seeder logs them through pino. */
const progressLogger = pino(
  { level: 'info', base: null, timestamp: false },
  { write: (line: string) => process.stdout.write(`  ${(JSON.parse(line) as { msg: string }).msg}\n`) },
);

function serverAndName(url: string): { serverUrl: string; name: string } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`BENCH_DATABASE_URL must name a plain database, got "${name}"`);
  parsed.pathname = '/postgres';
  return { serverUrl: parsed.toString(), name };
}

async function patientCount(url: string): Promise<number | null> {
  return withClient(url, async (client) => {
    const found = await client.query(`SELECT to_regclass('patient') IS NOT NULL AS present`);
    if (!found.rows[0]?.present) return null;
    const counted = await client.query('SELECT COUNT(*)::int AS n FROM patient');
    return counted.rows[0]?.n ?? 0;
  });
}

/**
 * The bench database with exactly `config.patients` demo patients: created when missing, recreated
 * when it holds another cohort, migrated and bulk-seeded (COPY) with progress lines.
 */
export async function prepareBenchDatabase(config: BenchConfig): Promise<void> {
  const { serverUrl, name } = serverAndName(config.databaseUrl);
  const exists = await withClient(serverUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return found.rowCount === 1;
  });
  const patients = exists ? await patientCount(config.databaseUrl) : null;
  if (patients === config.patients) {
    console.log(`Database ${name} already holds ${config.patients.toLocaleString('en-US')} patients.`);
    return;
  }
  await withClient(serverUrl, async (client) => {
    if (exists) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  console.log(`Seeding ${config.patients.toLocaleString('en-US')} patients into ${name}…`);
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 4)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await bulkSeedCohort(dataSource, progressLogger, {
      patients: config.patients,
      seed: config.seed,
      timeZone: config.timeZone,
      today: clinicalDateOf(new Date(), config.timeZone),
      copy: true,
    });
  } finally {
    await dataSource.destroy();
  }
}

export interface BenchClinician {
  id: string;
  teamIds: string[];
}

/** The clinician the export runs as, in every care team; made once. */
export async function benchClinician(config: BenchConfig): Promise<BenchClinician> {
  return withClient(config.databaseUrl, async (client) => {
    const inserted = await client.query(
      `INSERT INTO clinician (email, display_name, roles, active)
       VALUES ($1, 'Export Bench', '{prescriber,team_lead}', true)
       ON CONFLICT (email) DO UPDATE SET active = true
       RETURNING id`,
      [BENCH_CLINICIAN_EMAIL],
    );
    const id: string = inserted.rows[0].id;
    await client.query(
      `INSERT INTO care_team_membership (care_team_id, clinician_id)
       SELECT id, $1 FROM care_team ON CONFLICT DO NOTHING`,
      [id],
    );
    const memberships = await client.query(
      'SELECT care_team_id FROM care_team_membership WHERE clinician_id = $1 ORDER BY care_team_id',
      [id],
    );
    return { id, teamIds: memberships.rows.map((row: { care_team_id: string }) => row.care_team_id) };
  });
}
