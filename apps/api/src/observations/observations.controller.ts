import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CreateObservationDto, ObservationQueryDto, ObservationViewDto } from './dto/observation.dto.js';
import { ObservationsService } from './observations.service.js';

@ApiTags('observations')
@ApiNotFoundResponse({ description: 'No such patient (or not one of your care teams)' })
@ClinicalRoles()
@PatientScoped()
@Controller('patients/:id/observations')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Post()
  @ApiCreatedResponse({ type: ObservationViewDto })
  record(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateObservationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ObservationViewDto> {
    return this.observations.record(id, dto, principal.clinicianId);
  }

  @Get()
  @ApiOkResponse({ type: ObservationViewDto, isArray: true, description: 'Newest first' })
  list(@Param('id', uuidParam('id')) id: string, @Query() query: ObservationQueryDto): Promise<ObservationViewDto[]> {
    return this.observations.list(id, query);
  }
}
