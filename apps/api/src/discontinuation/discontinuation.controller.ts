import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { DiscontinuationService } from './discontinuation.service.js';
import {
  CompleteDiscontinuationDto,
  DecideDto,
  DiscontinuationViewDto,
  InboxQueryDto,
  ProposeDiscontinuationDto,
  ResolveStopDto,
} from './dto/discontinuation.dto.js';
import { StopResolutionViewDto } from './dto/stop-resolution-view.dto.js';

const REQUEST = { param: 'id', via: 'discontinuation_request' } as const;

@ApiTags('discontinuation')
@ApiNotFoundResponse({ description: 'No such patient or request (or not one of your care teams)' })
@ClinicalRoles()
@Controller()
export class DiscontinuationController {
  constructor(private readonly discontinuation: DiscontinuationService) {}

  @Post('patients/:id/discontinuation-requests')
  @PatientScoped()
  @ApiCreatedResponse({
    type: DiscontinuationViewDto,
    description: 'status pending, readiness snapshot, requiredApprovals',
  })
  @ApiConflictResponse({ description: 'REQUEST_ALREADY_OPEN' })
  propose(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ProposeDiscontinuationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DiscontinuationViewDto> {
    return this.discontinuation.propose(id, dto, principal);
  }

  @Get('patients/:id/discontinuation-requests')
  @PatientScoped()
  @ApiOkResponse({ type: DiscontinuationViewDto, isArray: true })
  listForPatient(@Param('id', uuidParam('id')) id: string): Promise<DiscontinuationViewDto[]> {
    return this.discontinuation.listForPatient(id);
  }

  @Post('patients/:id/stop-resolutions')
  @PatientScoped()
  @ApiCreatedResponse({
    type: StopResolutionViewDto,
    description: 'Resolves "stopped without team approval"; kept for the record',
  })
  resolveStop(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ResolveStopDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StopResolutionViewDto> {
    return this.discontinuation.resolveStop(id, dto, principal);
  }

  @Get('discontinuation-requests')
  @ApiOkResponse({ type: DiscontinuationViewDto, isArray: true, description: 'The approvals inbox of your teams' })
  inbox(@Query() query: InboxQueryDto, @CurrentPrincipal() principal: Principal): Promise<DiscontinuationViewDto[]> {
    return this.discontinuation.inbox(principal, query);
  }

  @Get('discontinuation-requests/:id')
  @PatientScoped(REQUEST)
  @ApiOkResponse({ type: DiscontinuationViewDto })
  get(@Param('id', uuidParam('id')) id: string): Promise<DiscontinuationViewDto> {
    return this.discontinuation.get(id);
  }

  @Post('discontinuation-requests/:id/decisions')
  @PatientScoped(REQUEST)
  @ApiCreatedResponse({ type: DiscontinuationViewDto })
  @ApiForbiddenResponse({ description: 'PROPOSER_CANNOT_DECIDE or NOT_AN_APPROVER' })
  @ApiConflictResponse({ description: 'REQUEST_CLOSED or ALREADY_DECIDED' })
  decide(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: DecideDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DiscontinuationViewDto> {
    return this.discontinuation.decide(id, dto, principal);
  }

  @Post('discontinuation-requests/:id/withdraw')
  @HttpCode(200)
  @PatientScoped(REQUEST)
  @ApiOkResponse({ type: DiscontinuationViewDto })
  withdraw(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal) {
    return this.discontinuation.withdraw(id, principal);
  }

  @Post('discontinuation-requests/:id/start')
  @HttpCode(200)
  @PatientScoped(REQUEST)
  @ApiOkResponse({ type: DiscontinuationViewDto, description: 'The patient is tapering' })
  start(@Param('id', uuidParam('id')) id: string) {
    return this.discontinuation.start(id);
  }

  @Post('discontinuation-requests/:id/complete')
  @HttpCode(200)
  @PatientScoped(REQUEST)
  @ApiOkResponse({ type: DiscontinuationViewDto, description: 'The patient is discontinued' })
  @ApiUnprocessableEntityResponse({ description: 'NALOXONE_COUNSELLING_REQUIRED' })
  complete(@Param('id', uuidParam('id')) id: string, @Body() dto: CompleteDiscontinuationDto) {
    return this.discontinuation.complete(id, dto);
  }
}
