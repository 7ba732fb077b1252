import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { MedicationController } from './medication.controller.js';
import { MedicationService } from './medication.service.js';
import { MedicationEventWrites } from './medication-event-writes.js';

@Module({
  imports: [CaseloadModule],
  controllers: [MedicationController],
  providers: [MedicationService, MedicationEventWrites],
})
export class MedicationModule {}
