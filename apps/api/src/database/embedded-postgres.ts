import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { connectionsShareOneSession } from '../common/database/prepared-query.js';
import { lockDataDir } from './data-dir-lock.js';
import { EMBEDDED_DATABASE, EMBEDDED_USER, EmbeddedFrontDoor } from './embedded-front-door.js';

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data across restarts; in memory when omitted (tests). */
  dataDir?: string;
  /** Connections served at once, signing-in ones included; the pool needs one, tests a few more. */
  maxConnections?: number;
}

// sockaddr_un holds 108 bytes with the final NUL: longer socket paths cannot be bound.
const MAX_SOCKET_PATH = 107;

// PGlite keeps pg_hba.conf in its folder but never reads it (see EmbeddedFrontDoor); written so that
// the folder states the rule actually enforced rather than initdb's `trust`.
const HBA_RULES = `# Naltrack's embedded PostgreSQL (PGlite) is served only on a Unix socket in a private folder,
# and every connection signs in with SCRAM-SHA-256 against a password chosen at each start and
# kept in memory. Rewritten at every start.
local   ${EMBEDDED_DATABASE}   ${EMBEDDED_USER}   scram-sha-256
`;

/**
 * The data folder holds every record. PGlite writes its files world-readable (0666), so the folder
 * itself is closed to everyone but the app's OS user, existing folders from earlier versions too.
 */
async function openPrivateDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
}

/**
 * A fresh folder only the app's OS user may open (mkdtemp creates it 0700) for the socket. In the
 * temporary directory rather than the data folder: a deep data folder would exceed the socket
 * path limit, and in-memory databases have no folder at all.
 */
async function privateSocketDir(): Promise<{ dir: string; socketPath: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'naltrack-pg-'));
  // The name `pg` derives from host=<dir> and the default port.
  const socketPath = path.join(dir, '.s.PGSQL.5432');
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`The embedded database's socket path ${socketPath} is too long; set TMPDIR to a shorter folder`);
  }
  return { dir, socketPath };
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), inside the app's own process, served to TypeORM and
 * `pg` as to a server. It holds protected health information, so it accepts only the app:
 * - no TCP port at all, only a Unix socket in a folder only the app's OS user may open: no other
 *   user's process can even reach it (a loopback port is open to every local process);
 * - and on that socket, SCRAM-SHA-256 sign-in with a random password generated at each start and
 *   never written anywhere but the URL the app holds in memory.
 */
export class EmbeddedPostgres {
  /**
   * PGlite is one database session. pglite-socket queues the messages of all connections into it,
   * and concurrent connections can interleave mid-query (extended protocol) or mid-transaction:
   * the app therefore talks to it over a single pooled connection, which serialises everything.
   */
  static readonly POOL_SIZE = 1;

  private constructor(
    private readonly db: PGlite,
    private readonly door: EmbeddedFrontDoor,
    private readonly socketDir: string,
    private readonly unlock: () => Promise<void>,
    /** Carries the password: pass it to the driver, never to a log. */
    readonly url: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
    connectionsShareOneSession();
    let unlock: () => Promise<void> = async () => undefined;
    if (options.dataDir) {
      await openPrivateDataDir(options.dataDir);
      unlock = await lockDataDir(options.dataDir);
    }
    let db: PGlite | undefined;
    let socketDir: string | undefined;
    try {
      db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
      if (options.dataDir) await writeFile(path.join(options.dataDir, 'pg_hba.conf'), HBA_RULES, { mode: 0o600 });
      const socket = await privateSocketDir();
      socketDir = socket.dir;
      const password = randomBytes(32).toString('base64url');
      const door = await EmbeddedFrontDoor.open(db, socket.socketPath, password, options.maxConnections ?? 20);
      const url =
        `postgres://${EMBEDDED_USER}:${password}@localhost/${EMBEDDED_DATABASE}` +
        `?host=${encodeURIComponent(socket.dir)}&sslmode=disable`;
      return new EmbeddedPostgres(db, door, socket.dir, unlock, url);
    } catch (error) {
      if (socketDir) await rm(socketDir, { recursive: true, force: true });
      if (db && !db.closed) await db.close();
      await unlock();
      throw error;
    }
  }

  /** Stops serving and closes PGlite cleanly; an unclean stop forces recovery on the next start. */
  async stop(): Promise<void> {
    await this.door.close();
    await rm(this.socketDir, { recursive: true, force: true });
    if (!this.db.closed) await this.db.close();
    await this.unlock();
  }
}
