import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
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
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CreatePatientDto } from './dto/create-patient.dto.js';
import { PatientViewDto } from './dto/patient-view.dto.js';
import { UpdatePatientDto } from './dto/update-patient.dto.js';
import { PatientsService } from './patients.service.js';

@ApiTags('patients')
@ClinicalRoles()
@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Post()
  @ApiCreatedResponse({ type: PatientViewDto })
  @ApiBadRequestResponse({ description: 'A field is missing, unknown or invalid; details.fields names it' })
  @ApiConflictResponse({ description: 'The MRN is already in use in one of your care teams' })
  create(@Body() dto: CreatePatientDto, @CurrentPrincipal() principal: Principal): Promise<PatientViewDto> {
    return this.patients.create(dto, principal);
  }

  @Get(':id')
  @PatientScoped()
  @ApiOkResponse({ type: PatientViewDto, description: 'The record with its current metrics and flags' })
  @ApiNotFoundResponse()
  get(@Param('id', uuidParam('id')) id: string): Promise<PatientViewDto> {
    return this.patients.get(id);
  }

  @Patch(':id')
  @PatientScoped()
  @ApiOkResponse({ type: PatientViewDto })
  @ApiNotFoundResponse()
  @ApiForbiddenResponse({ description: 'BREAK_GLASS_READ_ONLY: break-glass access reads only' })
  @ApiConflictResponse({ description: 'The MRN is already in use in one of your care teams' })
  async update(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdatePatientDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<PatientViewDto> {
    const { patient, transfer } = await this.patients.update(id, dto, principal);
    // A move between teams is named in the audit trail, from where to where.
    if (transfer)
      request.auditDetail = {
        transferFromCareTeamId: transfer.fromCareTeamId,
        transferToCareTeamId: transfer.toCareTeamId,
      };
    return patient;
  }
}
