import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { RecordRelapseDto, RelapseViewDto } from './dto/relapse.dto.js';
import { RelapsesService } from './relapses.service.js';

@ApiTags('relapses')
@ApiNotFoundResponse({ description: 'No such patient (or not one of your care teams)' })
@ClinicalRoles()
@PatientScoped()
@Controller('patients/:id/relapses')
export class RelapsesController {
  constructor(private readonly relapses: RelapsesService) {}

  @Get()
  @ApiOkResponse({ type: RelapseViewDto, isArray: true, description: 'Detected and recorded, newest onset first' })
  list(@Param('id', uuidParam('id')) id: string): Promise<RelapseViewDto[]> {
    return this.relapses.list(id);
  }

  @Post()
  @ApiCreatedResponse({ type: RelapseViewDto, description: 'The stored relapse, confirmed' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid, or onsetOn is in the future' })
  @ApiConflictResponse({ description: 'RELAPSE_ALREADY_RECORDED: same substance and onset already stored' })
  @ApiUnprocessableEntityResponse({ description: 'RELAPSE_NOT_DETECTED: confirmDetected but nothing was detected' })
  record(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RecordRelapseDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RelapseViewDto> {
    return this.relapses.record(id, dto, principal.clinicianId);
  }
}
