import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PatientScoped, Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { ConsentViewDto, CreateConsentDto } from './consent.dto.js';
import { ConsentsService } from './consents.service.js';

@ApiTags('consents')
@ApiNotFoundResponse({ description: 'No such patient (or not one of your care teams)' })
@Roles('prescriber', 'therapist', 'nurse', 'team_lead')
@PatientScoped()
@Controller('patients/:id/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Post()
  @ApiCreatedResponse({ type: ConsentViewDto })
  create(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateConsentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentViewDto> {
    return this.consents.create(id, dto, principal.clinicianId);
  }

  @Get()
  @ApiOkResponse({ type: ConsentViewDto, isArray: true, description: 'Newest first, revoked and expired included' })
  list(@Param('id', uuidParam('id')) id: string): Promise<ConsentViewDto[]> {
    return this.consents.list(id);
  }

  @Post(':consentId/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsentViewDto })
  revoke(
    @Param('id', uuidParam('id')) id: string,
    @Param('consentId', uuidParam('consentId')) consentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentViewDto> {
    return this.consents.revoke(id, consentId, principal.clinicianId);
  }
}
