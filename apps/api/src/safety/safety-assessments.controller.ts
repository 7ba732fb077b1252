import { Body, Controller, Get, Param, Post } from '@nestjs/common';
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
import { RecordSafetyAssessmentDto, SafetyAssessmentViewDto } from './dto/safety-assessment.dto.js';
import { SafetyAssessmentsService } from './safety-assessments.service.js';

@ApiTags('safety')
@ApiNotFoundResponse({ description: 'No such patient (or not one of your care teams)' })
@ClinicalRoles()
@PatientScoped()
@Controller('patients/:id/safety-assessments')
export class SafetyAssessmentsController {
  constructor(private readonly assessments: SafetyAssessmentsService) {}

  @Get()
  @ApiOkResponse({ type: SafetyAssessmentViewDto, isArray: true, description: 'Newest first' })
  list(@Param('id', uuidParam('id')) id: string): Promise<SafetyAssessmentViewDto[]> {
    return this.assessments.list(id);
  }

  @Post()
  @ApiCreatedResponse({
    type: SafetyAssessmentViewDto,
    description: 'The assessment; it clears the suicide_risk flag of a positive PHQ-9 item 9 on or before its day',
  })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid, or assessedOn is in the future' })
  record(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RecordSafetyAssessmentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SafetyAssessmentViewDto> {
    return this.assessments.record(id, dto, principal.clinicianId);
  }
}
