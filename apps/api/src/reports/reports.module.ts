import { Module } from '@nestjs/common';
import { AdherenceExportService } from './adherence-export.service.js';

@Module({ providers: [AdherenceExportService], exports: [AdherenceExportService] })
export class ReportsModule {}
