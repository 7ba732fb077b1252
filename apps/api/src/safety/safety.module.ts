import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { SafetyAssessmentsController } from './safety-assessments.controller.js';
import { SafetyAssessmentsService } from './safety-assessments.service.js';

@Module({
  imports: [CaseloadModule],
  controllers: [SafetyAssessmentsController],
  providers: [SafetyAssessmentsService],
})
export class SafetyModule {}
