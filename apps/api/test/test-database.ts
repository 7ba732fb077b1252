import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';

export interface TestDatabase {
  url: string;
  poolSize: number;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a throwaway database on the server in
 * TEST_DATABASE_URL when set (CI), else an in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await EmbeddedPostgres.start();
    return { url: embedded.url, poolSize: EmbeddedPostgres.POOL_SIZE, drop: () => embedded.stop() };
  }

  const name = `naltrack_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolSize: 10,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
