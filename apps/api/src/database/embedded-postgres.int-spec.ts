import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataDirInUseError } from './data-dir-lock.js';
import { EmbeddedPostgres } from './embedded-postgres.js';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('EmbeddedPostgres', () => {
  it('keeps committed data in its folder across a clean restart', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'naltrack-embedded-'));
    try {
      const first = await EmbeddedPostgres.start({ dataDir });
      await query(first.url, 'CREATE TABLE kept (note text)');
      await query(first.url, "INSERT INTO kept VALUES ('still here')");
      await first.stop();

      const second = await EmbeddedPostgres.start({ dataDir });
      try {
        expect(await query<{ note: string }>(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a second instance on the same folder while the first runs', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'naltrack-embedded-'));
    const first = await EmbeddedPostgres.start({ dataDir });
    try {
      await expect(EmbeddedPostgres.start({ dataDir })).rejects.toThrow(DataDirInUseError);
    } finally {
      await first.stop();
    }
    // Released on stop: the folder can be opened again.
    const again = await EmbeddedPostgres.start({ dataDir });
    await again.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves several connections at once', async () => {
    const embedded = await EmbeddedPostgres.start({ maxConnections: 5 });
    try {
      const answers = await Promise.all(
        [1, 2, 3, 4].map((n) => query<{ n: number }>(embedded.url, `SELECT ${n}::int AS n, pg_sleep(0.05)`)),
      );
      expect(answers.map((rows) => rows[0]?.n)).toEqual([1, 2, 3, 4]);
    } finally {
      await embedded.stop();
    }
  });
});
