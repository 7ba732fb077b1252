import type { HealthReport } from '@naltrack/domain';
import { Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReplicaMonitor } from '../database/replica/replica-monitor.js';

const PROBE_TIMEOUT_MS = 2_000;
/** A report is reused for at most this long after its probe began: load balancers poll every few seconds. */
export const HEALTH_CACHE_MS = 1_000;

@Injectable()
export class HealthService {
  /** The last probe (in flight or done) and when it began; concurrent callers share it. */
  private last: { startedAt: number; report: Promise<HealthReport> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    // Absent where a test builds the service alone.
    @Optional() private readonly replicaMonitor?: ReplicaMonitor,
  ) {}

  /** The health of the API and its database, probed at most once a second whatever the traffic. */
  check(): Promise<HealthReport> {
    const now = performance.now();
    if (!this.last || now - this.last.startedAt >= HEALTH_CACHE_MS) {
      this.last = { startedAt: now, report: this.probe() };
    }
    return this.last.report;
  }

  private async probe(): Promise<HealthReport> {
    const up = await this.databaseAnswers();
    // A replica that is off degrades the report but not the status code: the primary serves its reads.
    const replica = this.replicaMonitor?.state() ?? null;
    const status = up && (replica ?? 'up') === 'up' ? 'ok' : 'degraded';
    return { status, database: up ? 'up' : 'down', ...(replica ? { replica } : {}) };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const probe = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
