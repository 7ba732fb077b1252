import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data across restarts; in memory when omitted (tests). */
  dataDir?: string;
  /** pglite-socket serves one connection unless told otherwise; the pool needs several. */
  maxConnections?: number;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port by pglite-socket so that
 * TypeORM and `pg` talk to it exactly as to a server. Lives inside the app's own process.
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
    private readonly server: PGLiteSocketServer,
    private readonly unlock: () => Promise<void>,
    readonly url: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
    let unlock: () => Promise<void> = async () => undefined;
    if (options.dataDir) {
      await mkdir(options.dataDir, { recursive: true });
      unlock = await lockDataDir(options.dataDir);
    }
    try {
      const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections: options.maxConnections ?? 20,
      });
      await server.start();
      const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
      return new EmbeddedPostgres(db, server, unlock, url);
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  /** Stops serving and closes PGlite cleanly; an unclean stop forces recovery on the next start. */
  async stop(): Promise<void> {
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
    await this.unlock();
  }
}
