import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { OutreachRuleDto, UpdateOutreachRulesDto } from './dto/outreach-rule.dto.js';
import { OutreachRulesService } from './outreach-rules.service.js';

@ApiTags('outreach')
@ApiNotFoundResponse({ description: 'No such care team (or not one of yours)' })
@Roles('prescriber', 'therapist', 'nurse', 'team_lead', 'admin')
@Controller('care-teams/:id/outreach-rules')
export class OutreachRulesController {
  constructor(private readonly rules: OutreachRulesService) {}

  @Get()
  @ApiOkResponse({ type: OutreachRuleDto, isArray: true, description: 'Every caseload flag, the defaults merged' })
  list(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<OutreachRuleDto[]> {
    return this.rules.list(id, principal);
  }

  @Put()
  @ApiOkResponse({ type: OutreachRuleDto, isArray: true, description: 'Every caseload flag after the change' })
  @ApiBadRequestResponse({ description: 'A rule is invalid; details.fields names it' })
  @ApiForbiddenResponse({ description: "Only the team's lead or an admin changes its rules" })
  update(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateOutreachRulesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutreachRuleDto[]> {
    return this.rules.update(id, dto.rules, principal);
  }
}
