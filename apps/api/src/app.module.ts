import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CareTeamsModule } from './care-teams/care-teams.module.js';
import { CaseReviewModule } from './case-review/case-review.module.js';
import { CaseloadModule } from './caseload/caseload.module.js';
import { ClinicalModule } from './clinical/clinical.module.js';
import { ClinicalSettingsModule } from './clinical/clinical-settings.module.js';
import { CliniciansModule } from './clinicians/clinicians.module.js';
import { LOGGER } from './common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from './config/runtime-config.js';
import { ConsentsModule } from './consents/consents.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoSeedService } from './database/seed/demo-seed.service.js';
import { DisclosuresModule } from './disclosures/disclosures.module.js';
import { DiscontinuationModule } from './discontinuation/discontinuation.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { MeasuresModule } from './measures/measures.module.js';
import { MedicationModule } from './medication/medication.module.js';
import { ObservationsModule } from './observations/observations.module.js';
import { OutreachModule } from './outreach/outreach.module.js';
import { PatientsModule } from './patients/patients.module.js';
import { RelapsesModule } from './relapses/relapses.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SafetyModule } from './safety/safety.module.js';
import { TherapyModule } from './therapy/therapy.module.js';
import { TimelineModule } from './timeline/timeline.module.js';
import { TodayModule } from './today/today.module.js';

@Global()
@Module({})
class CoreModule {
  static register(config: RuntimeConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, LOGGER],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: RuntimeConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, logger),
        DatabaseModule.register(config),
        ClinicalModule,
        ClinicalSettingsModule,
        AuditModule,
        AuthModule,
        HealthModule,
        CareTeamsModule,
        CaseloadModule,
        PatientsModule,
        MedicationModule,
        TimelineModule,
        TherapyModule,
        ObservationsModule,
        RelapsesModule,
        SafetyModule,
        ConsentsModule,
        CliniciansModule,
        DiscontinuationModule,
        ReportsModule,
        DisclosuresModule,
        ExportsModule,
        MeasuresModule,
        ImportsModule,
        OutreachModule,
        TodayModule,
        CaseReviewModule,
      ],
      providers: [DemoSeedService],
    };
  }
}
