import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CreateFlagAcknowledgementDto, FlagAcknowledgementViewDto } from './dto/flag-acknowledgement.dto.js';
import { CreateOutreachTaskDto } from './dto/outreach-task-input.dto.js';
import { OutreachTaskViewDto } from './dto/outreach-task-view.dto.js';
import { FlagAcknowledgementsService } from './flag-acknowledgements.service.js';
import { OutreachTasksService } from './outreach-tasks.service.js';

@ApiTags('outreach')
@ApiNotFoundResponse({ description: 'No such patient (or not one of your care teams)' })
@ApiForbiddenResponse({ description: 'BREAK_GLASS_READ_ONLY on a write through break-glass access' })
@ClinicalRoles()
@PatientScoped()
@Controller('patients/:id')
export class PatientOutreachController {
  constructor(
    private readonly tasks: OutreachTasksService,
    private readonly acknowledgements: FlagAcknowledgementsService,
  ) {}

  @Get('outreach-tasks')
  @ApiOkResponse({
    type: OutreachTaskViewDto,
    isArray: true,
    description: 'Open tasks by due day, then done ones newest first',
  })
  listTasks(@Param('id', uuidParam('id')) id: string): Promise<OutreachTaskViewDto[]> {
    return this.tasks.forPatient(id);
  }

  @Post('outreach-tasks')
  @ApiCreatedResponse({ type: OutreachTaskViewDto })
  @ApiBadRequestResponse({
    description:
      "A field is invalid, dueOn is before today, or the assignee is not an active member of the patient's team",
  })
  @ApiConflictResponse({ description: 'OUTREACH_TASK_ALREADY_OPEN: an open task with this reason exists' })
  createTask(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateOutreachTaskDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutreachTaskViewDto> {
    return this.tasks.create(id, dto, principal.clinicianId);
  }

  @Get('flag-acknowledgements')
  @ApiOkResponse({ type: FlagAcknowledgementViewDto, isArray: true, description: 'Those in force today' })
  listAcknowledgements(@Param('id', uuidParam('id')) id: string): Promise<FlagAcknowledgementViewDto[]> {
    return this.acknowledgements.inForce(id);
  }

  @Post('flag-acknowledgements')
  @ApiCreatedResponse({ type: FlagAcknowledgementViewDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or untilOn is before today' })
  acknowledge(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateFlagAcknowledgementDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FlagAcknowledgementViewDto> {
    return this.acknowledgements.create(id, dto, principal.clinicianId);
  }
}
