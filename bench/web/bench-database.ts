import { spawnSync } from 'node:child_process';
import pg from 'pg';

/** The bench's own clinician: a prescriber on every team, so the caseload lists every patient. */
export const BENCH_EMAIL = 'bench.all-teams@example.org';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database when the server lacks it. */
async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withClient(admin.href, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  });
}

async function patientCount(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const table = await client.query("SELECT to_regclass('public.patient') IS NOT NULL AS present");
    if (!table.rows[0]?.present) return 0;
    const { rows } = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM patient');
    return rows[0]?.n ?? 0;
  });
}

/**
 * A database holding the demo cohort with `patients` patients (seeded by `npm run seed` unless it
 * already is) and the bench clinician, who signs in with the demo password.
 */
export async function prepareCaseloadDatabase(url: string, patients: number, root: string): Promise<void> {
  await ensureDatabase(url);
  const present = await patientCount(url);
  if (present !== 0 && present !== patients) {
    throw new Error(`${new URL(url).pathname.slice(1)} holds ${present} patients, not ${patients}: drop it first`);
  }
  if (present === 0) {
    process.stdout.write(`seeding ${patients} patients into ${new URL(url).pathname.slice(1)}…\n`);
    const seeded = spawnSync(
      'node',
      ['apps/api/dist/database/seed/seed-cli.js', '--patients', String(patients), '--seed', '1'],
      { cwd: root, env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' }, stdio: 'inherit' },
    );
    if (seeded.status !== 0) throw new Error(`seeding ${patients} patients failed`);
  }
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO clinician (email, display_name, roles, password_hash)
       SELECT $1, 'Bench (all teams)', ARRAY['prescriber']::clinician_role[], password_hash
         FROM clinician WHERE email = 'prescriber.north@example.org'
       ON CONFLICT (email) DO NOTHING`,
      [BENCH_EMAIL],
    );
    await client.query(
      `INSERT INTO care_team_membership (care_team_id, clinician_id)
       SELECT t.id, c.id FROM care_team t CROSS JOIN clinician c WHERE c.email = $1
       ON CONFLICT DO NOTHING`,
      [BENCH_EMAIL],
    );
  });
}
