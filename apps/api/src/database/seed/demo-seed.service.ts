import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { seedDemoCohort } from './demo-seeder.js';

/** In demo mode, fills an empty database with the synthetic cohort before the app serves. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const seeded = await seedDemoCohort(this.dataSource, this.logger, { timeZone: this.config.clinicTimeZone });
    if (!seeded) this.logger.info('demo cohort: database already holds data, left as it is');
  }
}
