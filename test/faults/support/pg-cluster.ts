import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const FOLDER_PREFIX = 'naltrack-faults-pg-';

/** Debian's server binaries (initdb and pg_ctl are not on PATH there), the newest version first. */
function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('no PostgreSQL server binaries: set PG_BIN_DIR');
  return path.join(root, versions[0] ?? '', 'bin');
}

/** initdb refuses to run as root: as root, the cluster belongs to the postgres user. */
async function asOwner(command: string, args: string[]): Promise<string> {
  const tool = path.join(binDir(), command);
  const { stdout } =
    process.getuid?.() === 0 ? await run('runuser', ['-u', 'postgres', '--', tool, ...args]) : await run(tool, args);
  return stdout;
}

/**
 * A throwaway PostgreSQL cluster in a temporary folder on a port of its own, so that the fault
 * suite can stop, kill and restart a server without touching anyone else's databases.
 */
export class PgCluster {
  private constructor(
    readonly port: number,
    private readonly folder: string,
  ) {}

  static async create(port: number): Promise<PgCluster> {
    await removeLeftovers(port);
    const folder = await mkdtemp(path.join(tmpdir(), FOLDER_PREFIX));
    const cluster = new PgCluster(port, folder);
    try {
      if (process.getuid?.() === 0) await chown(folder, ...(await postgresIds()));
      await asOwner('initdb', ['-D', cluster.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
      await cluster.start();
      return cluster;
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** A streaming replica of `primary` (pg_basebackup -R), started on its own port. */
  static async standbyOf(primary: PgCluster, port: number): Promise<PgCluster> {
    await removeLeftovers(port);
    const folder = await mkdtemp(path.join(tmpdir(), FOLDER_PREFIX));
    const standby = new PgCluster(port, folder);
    try {
      if (process.getuid?.() === 0) await chown(folder, ...(await postgresIds()));
      const source = ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'];
      await asOwner('pg_basebackup', [...source, '-D', standby.dataDir, '-R', '-X', 'stream', '--no-sync']);
      await standby.start();
      return standby;
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  get dataDir(): string {
    return path.join(this.folder, 'data');
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async start(): Promise<void> {
    // fsync off: the faults are process crashes, not power cuts, so the kernel keeps every write.
    const options = `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
    const start = () =>
      asOwner('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', path.join(this.folder, 'server.log'), '-w', 'start']);
    try {
      await start();
    } catch {
      // Once in CI a new cluster did not come up and its folder, log included, went with the
      // failure: one more try after a second, and the server's own words if that fails too.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      try {
        await start();
      } catch (error) {
        const log = (await this.log()).slice(-2_000);
        throw new Error(`PostgreSQL on port ${this.port} did not start twice; its log:\n${log}`, { cause: error });
      }
    }
  }

  /** `immediate` is a crash: no checkpoint, clients cut off mid-statement, recovery at the next start. */
  async stop(mode: 'fast' | 'immediate' = 'immediate'): Promise<void> {
    await asOwner('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  /** Ends every other client's connection, as a failover or an administrator would. */
  async terminateClients(): Promise<number> {
    // In the select list, so it runs only for the rows the WHERE kept (never this connection).
    const rows = await this.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    return rows.filter((row) => row.ended).length;
  }

  /** Statements the app's own connections are running now (to time a fault in the middle of a write). */
  async activeStatements(): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM pg_stat_activity
        WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state = 'active'`,
    );
    return row?.n ?? 0;
  }

  /**
   * Stops every server process (SIGSTOP) without closing a connection: the server neither answers
   * nor refuses, as with a hung host or a network partition. Resolves to the function that thaws it.
   */
  async freeze(): Promise<() => Promise<void>> {
    const postmaster = Number((await readFile(path.join(this.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const { stdout } = await run('pgrep', ['-P', String(postmaster)]).catch(() => ({ stdout: '' }));
    const pids = [postmaster, ...stdout.split('\n').filter(Boolean).map(Number)];
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    return async () => {
      for (const pid of pids) process.kill(pid, 'SIGCONT');
    };
  }

  async query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Row[];
    } finally {
      await client.end();
    }
  }

  /** Stops the server if it runs and deletes the folder; safe to call after any failure. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    await rm(this.folder, { recursive: true, force: true });
  }

  async log(): Promise<string> {
    return readFile(path.join(this.folder, 'server.log'), 'utf8').catch(() => '');
  }
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return [Number(uid.trim()), Number(gid.trim())];
}

/** A cluster on this port left by a run that was killed before its cleanup: stopped and deleted. */
async function removeLeftovers(port: number): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(tmpdir(), name);
    const pidFile = await readFile(path.join(folder, 'data', 'postmaster.pid'), 'utf8').catch(() => '');
    // postmaster.pid: pid, data directory, start time, port, ...
    if (Number(pidFile.split('\n')[3]) !== port) continue;
    await asOwner('pg_ctl', ['-D', path.join(folder, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
}
