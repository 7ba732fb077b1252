import { resolveSettings } from '@naltrack/domain';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { ClinicalClock } from './clinical-clock.js';
import { CLINICAL_SETTINGS } from './clinical-settings.token.js';

/** The clinic's calendar and the clinical rules' settings, for every feature module. */
@Global()
@Module({
  providers: [
    ClinicalClock,
    {
      provide: CLINICAL_SETTINGS,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => resolveSettings(config.clinicalSettings),
    },
  ],
  exports: [ClinicalClock, CLINICAL_SETTINGS],
})
export class ClinicalModule {}
