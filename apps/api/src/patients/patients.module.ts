import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { PatientTransfersController } from './patient-transfers.controller.js';
import { PatientsController } from './patients.controller.js';
import { PatientsService } from './patients.service.js';

@Module({
  imports: [CaseloadModule],
  controllers: [PatientsController, PatientTransfersController],
  providers: [PatientsService],
})
export class PatientsModule {}
