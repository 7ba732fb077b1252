import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner, type ReplicationMode } from 'typeorm';

type IsolationLevel = NonNullable<Parameters<QueryRunner['startTransaction']>[0]>;

import { isDatabaseLost } from '../../common/database/database-unavailable.js';
import { RecentWrites } from './recent-writes.js';
import { ReplicaMonitor } from './replica-monitor.js';

// A standby cancels a query whose rows its replay must remove ("conflict with recovery").
const RECOVERY_CONFLICT = '40001';

function replicaFailed(error: unknown): boolean {
  const cause = (error as { driverError?: { code?: unknown } }).driverError ?? error;
  return isDatabaseLost(error) || (cause as { code?: unknown }).code === RECOVERY_CONFLICT;
}

/**
 * Where reports, exports, measures and caseload pages read: the read replica while it is up and
 * has replayed the reader's own latest write, else the primary. A read the replica fails as if it
 * were gone is done again on the primary. Without REPORTS_DATABASE_URL every read is the primary's.
 */
@Injectable()
export class ReportsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitor: ReplicaMonitor,
    private readonly writes: RecentWrites,
  ) {}

  /**
   * The server for this clinician's next read. Read-your-writes: a clinician who wrote after the
   * instant the replica is known to hold reads from the primary (about a second; see docs/scale-out.md).
   */
  modeFor(clinicianId: string | null): ReplicationMode {
    if (this.monitor.state() !== 'up') return 'master';
    if (clinicianId && this.writes.since(clinicianId, this.monitor.caughtUpTo())) return 'master';
    return 'slave';
  }

  /** Runs read-only work on one connection, in a transaction when an isolation level is given. */
  async read<T>(
    clinicianId: string | null,
    work: (manager: EntityManager) => Promise<T>,
    isolation?: IsolationLevel,
  ): Promise<T> {
    const mode = this.modeFor(clinicianId);
    try {
      return await this.run(mode, work, isolation);
    } catch (error) {
      if (mode === 'master' || !replicaFailed(error)) throw error;
      this.monitor.suspect();
      return this.run('master', work, isolation);
    }
  }

  /** A connected query runner for a long read (an export's cursor); the caller releases it. */
  async connect(clinicianId: string | null): Promise<QueryRunner> {
    const mode = this.modeFor(clinicianId);
    const runner = this.dataSource.createQueryRunner(mode);
    try {
      await runner.connect();
      return runner;
    } catch (error) {
      await runner.release();
      if (mode === 'master' || !replicaFailed(error)) throw error;
      this.monitor.suspect();
      const primary = this.dataSource.createQueryRunner('master');
      await primary.connect();
      return primary;
    }
  }

  private async run<T>(
    mode: ReplicationMode,
    work: (manager: EntityManager) => Promise<T>,
    isolation: IsolationLevel | undefined,
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner(mode);
    try {
      await runner.connect();
      if (!isolation) return await work(runner.manager);
      await runner.startTransaction(isolation);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
