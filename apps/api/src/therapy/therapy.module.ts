import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { TherapyController } from './therapy.controller.js';
import { TherapyService } from './therapy.service.js';

@Module({ imports: [CaseloadModule], controllers: [TherapyController], providers: [TherapyService] })
export class TherapyModule {}
