import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
  @ApiCreatedResponse({ type: ObservationViewDto, description: 'The observation; a PACS carries its total as value' })
  @ApiBadRequestResponse({
    description: 'A field is missing, invalid, or does not belong to the kind; details.fields names it',
  })
  record(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateObservationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ObservationViewDto> {
    return this.observations.record(id, dto, principal.clinicianId);
  }

  @Get()
  @ApiOkResponse({ type: ObservationViewDto, isArray: true, description: 'Newest first' })
  @ApiBadRequestResponse({ description: 'An unknown kind' })
  list(@Param('id', uuidParam('id')) id: string, @Query() query: ObservationQueryDto): Promise<ObservationViewDto[]> {
    return this.observations.list(id, query);
  }
}
