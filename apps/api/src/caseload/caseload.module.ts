import { Module } from '@nestjs/common';
import { PatientSummaryService } from './patient-summary.service.js';
import { SummaryRefresher } from './summary-refresher.js';

@Module({
  providers: [PatientSummaryService, SummaryRefresher],
  exports: [PatientSummaryService],
})
export class CaseloadModule {}
