import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import {
  ReassignOutreachTaskDto,
  RecordOutreachAttemptDto,
  ResolveOutreachTaskDto,
} from './dto/outreach-task-input.dto.js';
import { OutreachTaskQueryDto } from './dto/outreach-task-query.dto.js';
import { OutreachTaskPageDto, OutreachTaskViewDto } from './dto/outreach-task-view.dto.js';
import { OutreachTaskAccess } from './outreach-task-access.js';
import { OutreachTasksService } from './outreach-tasks.service.js';

@ApiTags('outreach')
@ClinicalRoles()
@Controller('outreach-tasks')
export class OutreachTasksController {
  constructor(
    private readonly tasks: OutreachTasksService,
    private readonly access: OutreachTaskAccess,
  ) {}

  @Get()
  @ApiOkResponse({ type: OutreachTaskPageDto, description: "Tasks of your care teams' patients, by due day" })
  @ApiBadRequestResponse({ description: 'A filter or cursor is invalid; details.fields names it' })
  page(@Query() query: OutreachTaskQueryDto, @CurrentPrincipal() principal: Principal): Promise<OutreachTaskPageDto> {
    return this.tasks.page(query, principal);
  }

  @Post(':id/attempts')
  @ApiCreatedResponse({ type: OutreachTaskViewDto, description: 'The task with the attempt' })
  @ApiBadRequestResponse({ description: 'A field is invalid, or nextAttemptOn is before today' })
  @ApiNotFoundResponse({ description: 'No such task (or not one of your care teams)' })
  @ApiForbiddenResponse({ description: 'BREAK_GLASS_READ_ONLY' })
  @ApiConflictResponse({ description: 'OUTREACH_TASK_NOT_OPEN: the task is done' })
  async attempt(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RecordOutreachAttemptDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<OutreachTaskViewDto> {
    await this.access.check(principal, id, 'write', request);
    return this.tasks.attempt(id, dto, principal.clinicianId);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: OutreachTaskViewDto, description: 'The task, done' })
  @ApiBadRequestResponse({ description: 'A field is invalid' })
  @ApiNotFoundResponse({ description: 'No such task (or not one of your care teams)' })
  @ApiForbiddenResponse({ description: 'BREAK_GLASS_READ_ONLY' })
  @ApiConflictResponse({ description: 'OUTREACH_TASK_NOT_OPEN: the task is done' })
  async resolve(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ResolveOutreachTaskDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<OutreachTaskViewDto> {
    await this.access.check(principal, id, 'write', request);
    return this.tasks.resolve(id, dto, principal.clinicianId);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @ApiOkResponse({ type: OutreachTaskViewDto, description: 'The task with its new assignee' })
  @ApiBadRequestResponse({ description: "A field is invalid, or the assignee is not in the patient's team" })
  @ApiNotFoundResponse({ description: 'No such task (or not one of your care teams)' })
  @ApiForbiddenResponse({ description: 'BREAK_GLASS_READ_ONLY' })
  @ApiConflictResponse({ description: 'OUTREACH_TASK_NOT_OPEN: the task is done' })
  async reassign(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReassignOutreachTaskDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<OutreachTaskViewDto> {
    await this.access.check(principal, id, 'write', request);
    return this.tasks.reassign(id, dto);
  }
}
