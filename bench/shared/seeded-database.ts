// The benches' databases on a PostgreSQL server: a client for one piece of work, and a database
// holding the demo cohort, seeded once by the app's own seed command and reused by later runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function demoPatients(url: string): Promise<number | null> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const exists = await withClient(admin.toString(), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName(url)}"`);
    return found.rowCount === 1;
  });
  if (!exists) return null;
  return withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('public.patient') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return null;
    const counted = await client.query(`SELECT COUNT(*)::int AS n FROM patient WHERE mrn LIKE 'DEMO-%'`);
    return counted.rows[0]?.n ?? 0;
  });
}

/** The database with `patients` demo patients: seeded with `npm run seed` (COPY) unless it already is. */
export async function ensureSeeded(root: string, url: string, patients: number): Promise<void> {
  const present = await demoPatients(url);
  if (present === patients) {
    console.log(`${databaseName(url)}: ${patients.toLocaleString('en-US')} patients already seeded`);
    return;
  }
  if (present !== null && present !== 0) {
    throw new Error(`${databaseName(url)} holds ${present} demo patients, not ${patients}: drop it and run again`);
  }
  console.log(`${databaseName(url)}: seeding ${patients.toLocaleString('en-US')} patients (once; later runs reuse it)`);
  const seeded = spawnSync(
    'node',
    [path.join(root, 'apps/api/dist/database/seed/seed-cli.js'), '--patients', String(patients), '--seed', '1'],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // The seed CLI logs JSON lines; the bench shows their messages.
  for (const line of seeded.stdout.toString().split('\n')) {
    const message = /"msg":"([^"]*)"/.exec(line)?.[1];
    if (message?.startsWith('bulk seed')) console.log(`  ${message}`);
  }
  if (seeded.status !== 0) throw new Error(`seeding ${databaseName(url)} failed`);
}
