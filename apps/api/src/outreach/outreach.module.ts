import { Module } from '@nestjs/common';
import { FlagAcknowledgementsService } from './flag-acknowledgements.service.js';
import { OutreachRulesController } from './outreach-rules.controller.js';
import { OutreachRulesService } from './outreach-rules.service.js';
import { OutreachTaskAccess } from './outreach-task-access.js';
import { OutreachTasksController } from './outreach-tasks.controller.js';
import { OutreachTasksService } from './outreach-tasks.service.js';
import { PatientOutreachController } from './patient-outreach.controller.js';

@Module({
  controllers: [PatientOutreachController, OutreachTasksController, OutreachRulesController],
  providers: [OutreachTasksService, OutreachRulesService, FlagAcknowledgementsService, OutreachTaskAccess],
})
export class OutreachModule {}
