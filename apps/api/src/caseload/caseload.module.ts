import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller.js';
import { CaseloadService } from './caseload.service.js';
import { PatientSummaryService } from './patient-summary.service.js';
import { SummaryRefresher } from './summary-refresher.js';

@Module({
  controllers: [CaseloadController],
  providers: [CaseloadService, PatientSummaryService, SummaryRefresher],
  exports: [PatientSummaryService],
})
export class CaseloadModule {}
