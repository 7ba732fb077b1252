import { readFile } from 'node:fs/promises';
import os from 'node:os';
import pg from 'pg';
import { databaseName } from '../shared/seeded-database.js';

export interface ResourceSample {
  /** Seconds since measuring began (negative in the warm-up). */
  atSeconds: number;
  /** The app's resident set (VmRSS), MB. */
  rssMb: number;
  /** Connections to the run's database, the sampler's own left out. */
  connections: number;
  /** CPU time the app has used since it started (user + system), seconds. */
  cpuSeconds: number;
  /** The machine's 1-minute load average: other work on it slows the app too. */
  loadAverage: number;
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * VmRSS of a process in MB (from /proc/<pid>/status) and its CPU time in seconds (utime + stime,
 * fields 14 and 15 of /proc/<pid>/stat); null once the process is gone.
 */
async function processUsage(pid: number): Promise<{ rssMb: number; cpuSeconds: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    // The command name in field 2 may hold spaces: count fields after its closing parenthesis.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return kb === undefined ? null : { rssMb: Number(kb) / 1024, cpuSeconds: ticks / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** Reads the app's RSS and the database's connection count every `everySeconds` until stopped. */
export class ResourceSampler {
  readonly samples: ResourceSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly client: pg.Client;
  private pending: Promise<void> = Promise.resolve();
  private error: unknown;
  /** Set when the app's process was found gone. */
  appGone = false;

  constructor(
    private readonly pid: number,
    private readonly databaseUrl: string,
    private readonly measuringFrom: number,
  ) {
    this.client = new pg.Client({ connectionString: databaseUrl, application_name: 'naltrack-load-sampler' });
  }

  async start(everySeconds: number): Promise<void> {
    await this.client.connect();
    await this.sample();
    this.timer = setInterval(() => {
      this.pending = this.pending
        .then(() => this.sample())
        .catch((error: unknown) => {
          this.error ??= error;
        });
    }, everySeconds * 1000);
  }

  private async sample(): Promise<void> {
    const at = performance.now();
    const usage = await processUsage(this.pid);
    if (usage === null) {
      this.appGone = true;
      return;
    }
    const { rows } = await this.client.query(
      'SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [databaseName(this.databaseUrl)],
    );
    this.samples.push({
      atSeconds: (at - this.measuringFrom) / 1000,
      ...usage,
      connections: rows[0]?.n ?? 0,
      loadAverage: os.loadavg()[0] ?? 0,
    });
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.pending;
    try {
      if (this.error) throw this.error;
      await this.sample();
    } finally {
      await this.client.end();
    }
  }
}
