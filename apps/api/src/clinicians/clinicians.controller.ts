import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CliniciansService } from './clinicians.service.js';
import {
  CareTeamViewDto,
  ClinicianViewDto,
  CreateCareTeamDto,
  CreateClinicianDto,
  UpdateCareTeamDto,
  UpdateClinicianDto,
} from './dto/clinician.dto.js';

/** User and team administration: admins only, and no clinical data here. */
@ApiTags('admin')
@Roles('admin')
@Controller()
export class CliniciansController {
  constructor(private readonly clinicians: CliniciansService) {}

  @Get('clinicians')
  @ApiOkResponse({ type: ClinicianViewDto, isArray: true })
  list(): Promise<ClinicianViewDto[]> {
    return this.clinicians.list();
  }

  @Post('clinicians')
  @ApiCreatedResponse({ type: ClinicianViewDto })
  @ApiConflictResponse({ description: 'The email is already in use' })
  create(@Body() dto: CreateClinicianDto): Promise<ClinicianViewDto> {
    return this.clinicians.create(dto);
  }

  @Patch('clinicians/:id')
  @ApiOkResponse({ type: ClinicianViewDto })
  @ApiForbiddenResponse({ description: 'SELF_ROLE_GRANT: an admin gave themself a clinical or auditor role' })
  update(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateClinicianDto,
    @CurrentPrincipal() caller: Principal,
  ): Promise<ClinicianViewDto> {
    return this.clinicians.update(id, dto, caller);
  }

  @Post('care-teams')
  @ApiCreatedResponse({ type: CareTeamViewDto, description: 'The new care team' })
  createCareTeam(@Body() dto: CreateCareTeamDto): Promise<CareTeamViewDto> {
    return this.clinicians.createCareTeam(dto);
  }

  @Patch('care-teams/:id')
  @ApiOkResponse({ type: CareTeamViewDto, description: 'The care team, changed' })
  updateCareTeam(@Param('id', uuidParam('id')) id: string, @Body() dto: UpdateCareTeamDto): Promise<CareTeamViewDto> {
    return this.clinicians.updateCareTeam(id, dto);
  }
}
