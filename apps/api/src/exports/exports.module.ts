import { Module } from '@nestjs/common';
import { PrincipalLoader } from '../auth/principal-loader.js';
import { ReportsModule } from '../reports/reports.module.js';
import { ExportDownloadCheck } from './export-download-check.js';
import { ExportJobStore } from './export-job-store.js';
import { ExportJobsController } from './export-jobs.controller.js';
import { ExportJobsService } from './export-jobs.service.js';
import { DEFAULT_EXPORT_SETTINGS, EXPORT_SETTINGS } from './export-settings.js';
import { ExportWorker } from './export-worker.js';

@Module({
  imports: [ReportsModule],
  controllers: [ExportJobsController],
  providers: [
    ExportDownloadCheck,
    ExportJobStore,
    ExportJobsService,
    ExportWorker,
    // The worker runs jobs as their requester: it needs their current roles and teams.
    PrincipalLoader,
    // A copy per app, so a test may shorten one app's intervals.
    { provide: EXPORT_SETTINGS, useFactory: () => ({ ...DEFAULT_EXPORT_SETTINGS }) },
  ],
})
export class ExportsModule {}
