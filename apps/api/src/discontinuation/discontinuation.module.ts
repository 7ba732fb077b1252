import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { DiscontinuationController } from './discontinuation.controller.js';
import { DiscontinuationService } from './discontinuation.service.js';

@Module({ imports: [CaseloadModule], controllers: [DiscontinuationController], providers: [DiscontinuationService] })
export class DiscontinuationModule {}
