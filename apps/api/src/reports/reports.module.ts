import { Module } from '@nestjs/common';
import { DisclosuresModule } from '../disclosures/disclosures.module.js';
import { AdherenceExportService } from './adherence-export.service.js';
import { ReportsController } from './reports.controller.js';

@Module({
  imports: [DisclosuresModule],
  controllers: [ReportsController],
  providers: [AdherenceExportService],
  exports: [AdherenceExportService],
})
export class ReportsModule {}
