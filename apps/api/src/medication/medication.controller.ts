import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped, Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { AdherenceQueryDto } from './dto/adherence-query.dto.js';
import { CreateMedicationEventDto } from './dto/create-medication-event.dto.js';
import { CreateNaltrexoneStartDto } from './dto/create-naltrexone-start.dto.js';
import { AdherenceDto, MedicationEventViewDto, NaltrexoneStartViewDto } from './dto/medication-views.dto.js';
import { MedicationService } from './medication.service.js';

@ApiTags('medication')
@PatientScoped()
@ApiNotFoundResponse({ description: 'No such patient' })
@Controller('patients/:id')
export class MedicationController {
  constructor(private readonly medication: MedicationService) {}

  @Post('naltrexone-starts')
  @Roles('prescriber')
  @ApiCreatedResponse({ type: NaltrexoneStartViewDto })
  @ApiBadRequestResponse({ description: 'A field is missing, unknown or invalid; details.fields names it' })
  @ApiUnprocessableEntityResponse({
    description: 'INDUCTION_PREREQUISITES_NOT_MET: details.failures lists every unmet prerequisite',
  })
  start(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateNaltrexoneStartDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.medication.start(id, dto, principal.clinicianId);
  }

  @Get('naltrexone-starts')
  @ClinicalRoles()
  @ApiOkResponse({ type: NaltrexoneStartViewDto, isArray: true })
  listStarts(@Param('id', uuidParam('id')) id: string) {
    return this.medication.listStarts(id);
  }

  @Post('medication-events')
  @Roles('prescriber', 'nurse')
  @ApiCreatedResponse({ type: MedicationEventViewDto })
  @ApiBadRequestResponse({ description: 'A field is missing, unknown or invalid; details.fields names it' })
  recordEvent(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateMedicationEventDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.medication.recordEvent(id, dto, principal.clinicianId);
  }

  @Get('medication-events')
  @ClinicalRoles()
  @ApiOkResponse({ type: MedicationEventViewDto, isArray: true, description: 'Newest first' })
  listEvents(@Param('id', uuidParam('id')) id: string) {
    return this.medication.listEvents(id);
  }

  @Get('adherence')
  @ClinicalRoles()
  @ApiOkResponse({ type: AdherenceDto })
  adherence(@Param('id', uuidParam('id')) id: string, @Query() query: AdherenceQueryDto) {
    return this.medication.adherence(id, query);
  }
}
