import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { notFound } from '../common/errors/not-found.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CareTeamsService } from './care-teams.service.js';
import { CareTeamMemberDto } from './dto/care-team-member.dto.js';
import { CareTeamSummaryDto } from './dto/care-team-summary.dto.js';

@ApiTags('care-teams')
@Controller('care-teams')
export class CareTeamsController {
  constructor(private readonly careTeams: CareTeamsService) {}

  @Get()
  @ApiOkResponse({ type: CareTeamSummaryDto, isArray: true, description: 'Your care teams; every team for admins' })
  list(@CurrentPrincipal() principal: Principal): Promise<CareTeamSummaryDto[]> {
    return this.careTeams.list(principal.roles.includes('admin') ? null : principal.teamIds);
  }

  @Get(':id/members')
  @ClinicalRoles()
  @ApiOkResponse({ type: CareTeamMemberDto, isArray: true, description: "The team's active clinicians" })
  @ApiNotFoundResponse({ description: 'No such team, or not one of yours' })
  members(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CareTeamMemberDto[]> {
    // Colleagues see each other; another team's staff is not theirs to know.
    if (!principal.teamIds.includes(id)) throw notFound('Care team');
    return this.careTeams.members(id);
  }
}
