import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { TimelinePageDto, TimelineQueryDto } from './dto/timeline.dto.js';
import { TIMELINE_DETAILS } from './dto/timeline-details.dto.js';
import { TimelineService } from './timeline.service.js';

@ApiTags('timeline')
@ApiExtraModels(...TIMELINE_DETAILS)
@ClinicalRoles()
@PatientScoped()
@Controller('patients/:id/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiOkResponse({ type: TimelinePageDto, description: 'Every event of the patient, newest first' })
  @ApiBadRequestResponse({ description: 'A malformed `before` or `limit`' })
  @ApiNotFoundResponse({ description: 'No such patient' })
  page(@Param('id', uuidParam('id')) id: string, @Query() query: TimelineQueryDto): Promise<TimelinePageDto> {
    return this.timeline.page(id, query);
  }
}
