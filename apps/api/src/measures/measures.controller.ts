import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { MeasuresQueryDto } from './dto/measures-query.dto.js';
import { MeasuresReportDto } from './dto/measures-report.dto.js';
import { MeasuresService } from './measures.service.js';

@ApiTags('measures')
@ClinicalRoles()
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Get()
  @ApiOkResponse({
    type: MeasuresReportDto,
    description:
      'Each quality measure over the period: rate, numerator, denominator, monthly trend and, on request, its patients',
  })
  @ApiBadRequestResponse({
    description: 'from, to, careTeamId, measure or include is invalid; details.fields names it',
  })
  @ApiForbiddenResponse({ description: 'Administrators and auditors read no clinical data' })
  @ApiNotFoundResponse({ description: 'No such care team among yours' })
  report(@Query() query: MeasuresQueryDto, @CurrentPrincipal() principal: Principal): Promise<MeasuresReportDto> {
    return this.measures.report(query, principal);
  }
}
