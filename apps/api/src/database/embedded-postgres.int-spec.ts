import { once } from 'node:events';
import { mkdtemp, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
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

/** Connects with the app's URL changed by `change`; resolves to the error, or null when it got in. */
async function signInError(appUrl: string, change: (url: URL) => void): Promise<string | null> {
  const url = new URL(appUrl);
  change(url);
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Inodes of the TCP sockets this process listens on (Linux: /proc). */
async function listeningTcpInodes(): Promise<Set<string>> {
  const ours = new Set<string>();
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) ours.add(inode);
  }
  const listening = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const columns of lines.map((line) => line.trim().split(/\s+/))) {
      // Column 3 is the state (0A: LISTEN), column 9 the socket's inode.
      if (columns[3] === '0A' && columns[9] && ours.has(columns[9])) listening.add(columns[9]);
    }
  }
  return listening;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
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

describe('EmbeddedPostgres accepts only the app', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;
  let tcpBefore: Set<string>;

  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'naltrack-embedded-')), 'data');
    tcpBefore = await listeningTcpInodes();
    embedded = await EmbeddedPostgres.start({ dataDir, maxConnections: 4 });
  });

  afterAll(async () => {
    await embedded.stop();
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  const password = () => new URL(embedded.url).password;
  const socketDir = () => new URL(embedded.url).searchParams.get('host') ?? '';

  it("lets the app's own URL in", async () => {
    expect(await query<{ user: string }>(embedded.url, 'SELECT current_user AS user')).toEqual([{ user: 'postgres' }]);
  });

  it('refuses a connection without the password, with a wrong one, or as another user', async () => {
    // Without a password the server's SCRAM challenge cannot be answered: the driver gives up.
    expect(
      await signInError(embedded.url, (url) => {
        url.password = '';
      }),
    ).toMatch(/^SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be/);
    expect(
      await signInError(embedded.url, (url) => {
        url.password = 'postgres';
      }),
    ).toBe('password authentication failed for user "postgres"');
    expect(
      await signInError(embedded.url, (url) => {
        url.password = `${password().slice(0, -1)}x`;
      }),
    ).toBe('password authentication failed for user "postgres"');
    expect(
      await signInError(embedded.url, (url) => {
        url.username = 'intruder';
      }),
    ).toBe('password authentication failed for user "intruder"');
    // Still open to the app afterwards.
    expect(await query(embedded.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('hangs up on a client that sends something other than a sign-in, and keeps serving', async () => {
    const socket = createConnection(path.join(socketDir(), '.s.PGSQL.5432'));
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    // A startup packet claiming a gigabyte: refused before anything is buffered.
    socket.write(Buffer.from([0x40, 0, 0, 0, 0, 3, 0, 0]));
    await once(socket, 'close');
    expect(Buffer.concat(received).toString('latin1')).toContain('invalid message length');
    expect(await query(embedded.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it("declines TLS with 'N', as clients defaulting to sslmode=prefer (psql) expect, then asks for the password", async () => {
    const socket = createConnection(path.join(socketDir(), '.s.PGSQL.5432'));
    const sslRequest = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
    const user = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const startup = Buffer.concat([Buffer.alloc(8), user]);
    startup.writeInt32BE(startup.length, 0);
    startup.writeInt32BE(196_608, 4);
    socket.write(sslRequest);
    const [declined] = (await once(socket, 'data')) as [Buffer];
    expect(declined.toString('latin1')).toBe('N');
    socket.write(startup);
    const [challenge] = (await once(socket, 'data')) as [Buffer];
    // AuthenticationSASL (R, code 10) offering SCRAM-SHA-256, and nothing from the database yet.
    expect({ type: challenge.toString('latin1', 0, 1), code: challenge.readInt32BE(5) }).toEqual({
      type: 'R',
      code: 10,
    });
    expect(challenge.toString('latin1', 9)).toBe('SCRAM-SHA-256\0\0');
    socket.destroy();
  });

  it('listens on no TCP port, only on a socket in a folder no other OS user may open', async () => {
    expect([...(await listeningTcpInodes())].filter((inode) => !tcpBefore.has(inode))).toEqual([]);

    const folder = await stat(socketDir());
    expect({ mode: folder.mode & 0o777, uid: folder.uid }).toEqual({ mode: 0o700, uid: process.getuid?.() });
    expect((await stat(path.join(socketDir(), '.s.PGSQL.5432'))).isSocket()).toBe(true);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  });

  it('writes the password to no file, and the data folder claims no trust', async () => {
    await query(embedded.url, 'CHECKPOINT');
    const files = [...(await filesUnder(dataDir)), `${dataDir}.lock`];
    expect(files.length).toBeGreaterThan(100);
    const holding: string[] = [];
    for (const file of files) if ((await readFile(file)).includes(password())) holding.push(file);
    expect(holding).toEqual([]);

    const rules = (await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8')).split('\n');
    expect(rules.filter((line) => !line.startsWith('#') && line.trim() !== '')).toEqual([
      'local   postgres   postgres   scram-sha-256',
    ]);
  });

  it('chooses a new password at each start', async () => {
    const other = await EmbeddedPostgres.start({ maxConnections: 2 });
    try {
      expect(new URL(other.url).password).not.toBe(password());
      expect(new URL(other.url).password.length).toBeGreaterThanOrEqual(43);
      expect(
        await signInError(other.url, (url) => {
          url.password = password();
        }),
      ).toBe('password authentication failed for user "postgres"');
    } finally {
      await other.stop();
    }
  });
});

describe('EmbeddedPostgres on a folder from an earlier version', () => {
  it('keeps its data and replaces its trust rules and open permissions', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'naltrack-embedded-'));
    const dataDir = path.join(parent, 'data');
    try {
      // As PGlite left it before: initdb's trust rules, the folder open to every local user.
      const earlier = await PGlite.create({ dataDir });
      await earlier.exec("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
      await earlier.close();
      expect(await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8')).toMatch(/^local\s+all\s+all\s+trust$/m);
      expect((await stat(dataDir)).mode & 0o077).not.toBe(0);

      const embedded = await EmbeddedPostgres.start({ dataDir });
      try {
        expect(await query(embedded.url, 'SELECT note FROM kept')).toEqual([{ note: 'from before' }]);
        expect(await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8')).not.toMatch(/trust/);
        expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
      } finally {
        await embedded.stop();
      }
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('removes its socket folder on stop', async () => {
    const embedded = await EmbeddedPostgres.start();
    const dir = new URL(embedded.url).searchParams.get('host') ?? '';
    await embedded.stop();
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
