import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CareTeamsService } from './care-teams.service.js';
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
}
