import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../common/logging/logger.token.js';
import { PatientSummaryService } from './patient-summary.service.js';

const REFRESH_EVERY_MS = 15 * 60_000;

/**
 * PDC windows, due dates and "days since" flags move with the calendar even when nothing is
 * recorded: once a day (checked every 15 minutes) the rows computed before today are rebuilt.
 */
@Injectable()
export class SummaryRefresher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly summaries: PatientSummaryService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.refresh(), REFRESH_EVERY_MS);
    this.timer.unref();
    this.refresh();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private refresh(): void {
    if (this.running) return;
    this.running = this.summaries
      .refreshStale()
      .then((count) => {
        if (count > 0) this.logger.info({ count }, 'caseload rows refreshed for today');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'caseload refresh failed'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
