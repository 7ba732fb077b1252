import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { MedicationController } from './medication.controller.js';
import { MedicationService } from './medication.service.js';

@Module({
  imports: [CaseloadModule],
  controllers: [MedicationController],
  providers: [MedicationService],
})
export class MedicationModule {}
