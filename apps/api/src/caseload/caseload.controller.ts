import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CaseloadService } from './caseload.service.js';
import { CaseloadPageDto } from './dto/caseload-page.dto.js';
import { CaseloadQueryDto } from './dto/caseload-query.dto.js';

@ApiTags('caseload')
@ClinicalRoles()
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get()
  @ApiOkResponse({ type: CaseloadPageDto, description: 'One page of patients with their metrics and flags' })
  @ApiBadRequestResponse({ description: 'A filter, sort or cursor is invalid; details.fields names it' })
  page(@Query() query: CaseloadQueryDto, @CurrentPrincipal() principal: Principal): Promise<CaseloadPageDto> {
    return this.caseload.page(query, principal.teamIds, principal.clinicianId);
  }
}
