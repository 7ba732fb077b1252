import type { ReplicaState } from '@naltrack/domain';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { attachReplicaPool } from './replica-pools.js';
import { caughtUpTo, parseLsn, type WalSample } from './wal-position.js';

/** How often the replica is checked: reads a clinician just wrote wait about this long for it. */
export const REPLICA_CHECK_MS = 1_000;
// A replica that has not answered by then counts as down until the next check.
const CHECK_TIMEOUT_MS = 2_000;
// Primary positions kept while the replica is behind them; older ones only date it as older still.
const MAX_SAMPLES = 600;

/**
 * Watches the read replica: reachable, a standby, and how far behind. Once a second it reads the
 * primary's WAL position, then asks the replica how far it has replayed; the newest primary
 * position replayed dates the replica ("every commit acknowledged before this instant is there").
 * Its lag is the time since that instant, so an idle primary, whose replica has nothing left to
 * replay, counts as no lag (pg_last_xact_replay_timestamp() would keep growing). Both instants come
 * from this process's clock: the servers' clocks may differ.
 */
@Injectable()
export class ReplicaMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private current: ReplicaState = 'down';
  private caughtUp = 0;
  private samples: WalSample[] = [];
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The replica's state; null when none is configured. */
  state(): ReplicaState | null {
    return this.config.reportsDatabaseUrl ? this.current : null;
  }

  /** Every commit acknowledged before this instant (ms since the epoch) can be read on the replica. */
  caughtUpTo(): number {
    return this.caughtUp;
  }

  /** A read on the replica failed as if it were gone: none go there until a check finds it again. */
  suspect(): void {
    this.change('down', 'a read on the replica failed');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.reportsDatabaseUrl) return;
    // Known before the first request, so reports go to a healthy replica from the start.
    await this.check();
    this.timer = setInterval(() => void this.check(), REPLICA_CHECK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    await this.dropClient();
  }

  /** One check; concurrent callers share the one in flight. */
  check(): Promise<void> {
    this.checking ??= this.measure().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async measure(): Promise<void> {
    const url = this.config.reportsDatabaseUrl;
    if (!url) return;
    const at = Date.now();
    try {
      const [row]: { lsn: string }[] = await this.dataSource.query('SELECT pg_current_wal_lsn()::text AS lsn');
      if (row) this.samples.push({ at, lsn: parseLsn(row.lsn) });
    } catch {
      // The primary's own trouble is the database probe's to report; the replica is judged next time.
      return;
    }
    try {
      const client = await this.connected(url);
      const { rows } = await client.query<{ standby: boolean; replayed: string | null }>(
        'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed',
      );
      const replayed = rows[0]?.standby ? rows[0].replayed : null;
      if (!replayed) {
        this.change('down', 'REPORTS_DATABASE_URL is not a standby server');
        return;
      }
      this.caughtUp = Math.max(this.caughtUp, caughtUpTo(this.samples, parseLsn(replayed)) ?? 0);
      this.samples = this.samples.filter((sample) => sample.at > this.caughtUp).slice(-MAX_SAMPLES);
      if (attachReplicaPool(this.dataSource, url, (error) => this.logger.warn({ err: error }, 'replica pool error'))) {
        this.logger.info('the read replica answers: its pool is open');
      }
      const lagMs = Date.now() - this.caughtUp;
      this.change(lagMs > this.config.reportsReplicaMaxLagSeconds * 1_000 ? 'lagging' : 'up', `lag ${lagMs} ms`);
    } catch (error) {
      await this.dropClient();
      this.change('down', error instanceof Error ? error.message : String(error));
    }
  }

  private async connected(url: string): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: CHECK_TIMEOUT_MS,
      query_timeout: CHECK_TIMEOUT_MS,
      application_name: 'naltrack-replica-monitor',
    });
    // A connection cut while idle fails its next query, which this check handles.
    client.on('error', () => undefined);
    await client.connect();
    this.client = client;
    return client;
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private change(state: ReplicaState, why: string): void {
    if (state === this.current) return;
    const log = state === 'up' ? this.logger.info.bind(this.logger) : this.logger.warn.bind(this.logger);
    log(
      { replica: state, was: this.current, why },
      `read replica ${state}: reports read from the ${state === 'up' ? 'replica' : 'primary'}`,
    );
    this.current = state;
  }
}
