import type { ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PasswordService } from '../../auth/password.service.js';
import { ClinicalClock } from '../../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../../clinical/clinical-settings.token.js';
import { LOGGER } from '../../common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { setDemoPasswords } from './demo-accounts.js';
import { seedDemoCohort } from './demo-seeder.js';

/** In demo mode, fills an empty database with the synthetic cohort before the app serves. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly passwords: PasswordService,
    private readonly clock: ClinicalClock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const seeded = await seedDemoCohort(this.dataSource, this.logger, {
      timeZone: this.config.clinicTimeZone,
      today: this.clock.today(),
      settings: this.settings,
    });
    if (!seeded) this.logger.info('demo cohort: database already holds data, left as it is');
    const accounts = await setDemoPasswords(this.dataSource, this.passwords);
    if (accounts > 0) this.logger.info({ accounts }, 'demo accounts can sign in with the demo password (see README)');
  }
}
