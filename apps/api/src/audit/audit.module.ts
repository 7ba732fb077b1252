import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditCheckpointService } from './audit-checkpoint.service.js';
import { AUDIT_KEY, resolveAuditKey } from './audit-key.js';

@Global()
@Module({
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditCheckpointService,
    { provide: AUDIT_KEY, inject: [APP_CONFIG], useFactory: (config: RuntimeConfig) => resolveAuditKey(config) },
  ],
  exports: [AuditService],
})
export class AuditModule {}
