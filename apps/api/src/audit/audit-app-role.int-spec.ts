import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { REPO_ROOT } from '../config/validate-config.js';

const ROLE = `naltrack_app_${randomBytes(4).toString('hex')}`;
// On a server the app logs in as the role; the embedded database has one session, which takes the role.
const ON_SERVER = process.env.TEST_DATABASE_URL !== undefined;

async function asOwner(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the app connected as its own role (deploy/app-role.sql), migrations as the owner', () => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Before the first start, as the deployment guide says: the migrations' tables come granted.
    const script = await readFile(path.join(REPO_ROOT, 'deploy/app-role.sql'), 'utf8');
    await asOwner(database.url, `CREATE ROLE ${ROLE} LOGIN; ${script.replaceAll('naltrack_app', ROLE)}`);
    const appUrl = new URL(database.url);
    if (ON_SERVER) appUrl.username = ROLE;
    t = await createTestApp({ databaseUrl: appUrl.toString(), env: { MIGRATION_DATABASE_URL: database.url } });
    if (!ON_SERVER) await t.dataSource.query(`SET ROLE ${ROLE}`);
  });

  afterAll(async () => {
    await t.close();
    await database.drop();
    if (ON_SERVER) await asOwner(process.env.TEST_DATABASE_URL ?? '', `DROP ROLE IF EXISTS ${ROLE}`);
  });

  it('serves and audits as that role', async () => {
    const [{ user }] = await t.dataSource.query('SELECT current_user AS user');
    expect(user).toBe(ROLE);
    const patient = await t.newPatient();
    await t.api.get(`/api/patients/${patient.id}`).expect(200);
    const auditor = await t.as(['auditor']);
    const verified = await auditor.get('/api/audit-events/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: true });
    expect(verified.body.checked).toBeGreaterThanOrEqual(1);
  });

  it('cannot switch off the append-only trigger, nor change or remove an audit event', async () => {
    await expect(t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only')).rejects.toThrow(
      /must be owner/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query("UPDATE audit_event SET action = 'x'")).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    const [{ events }] = await t.dataSource.query('SELECT count(*)::int AS events FROM audit_event');
    expect(events).toBeGreaterThan(0);
  });
});
