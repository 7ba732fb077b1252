import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { ObservationsController } from './observations.controller.js';
import { ObservationsService } from './observations.service.js';

@Module({ imports: [CaseloadModule], controllers: [ObservationsController], providers: [ObservationsService] })
export class ObservationsModule {}
