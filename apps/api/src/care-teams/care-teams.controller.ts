import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CareTeamsService } from './care-teams.service.js';
import { CareTeamSummaryDto } from './dto/care-team-summary.dto.js';

@ApiTags('care-teams')
@Controller('care-teams')
export class CareTeamsController {
  constructor(private readonly careTeams: CareTeamsService) {}

  @Get()
  @ApiOkResponse({ type: CareTeamSummaryDto, isArray: true })
  list(): Promise<CareTeamSummaryDto[]> {
    return this.careTeams.list();
  }
}
