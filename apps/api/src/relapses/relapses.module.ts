import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { RelapsesController } from './relapses.controller.js';
import { RelapsesService } from './relapses.service.js';

@Module({ imports: [CaseloadModule], controllers: [RelapsesController], providers: [RelapsesService] })
export class RelapsesModule {}
