import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClinicalRoles, PatientScoped, Roles } from '../auth/auth.decorators.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { CreateTherapySessionDto, TherapySessionViewDto, UpdateTherapySessionDto } from './dto/therapy-session.dto.js';
import { TherapyService } from './therapy.service.js';

@ApiTags('therapy')
@ApiNotFoundResponse({ description: 'No such patient or session (or not one of your care teams)' })
@Controller()
export class TherapyController {
  constructor(private readonly therapy: TherapyService) {}

  @Post('patients/:id/therapy-sessions')
  @Roles('therapist')
  @PatientScoped()
  @ApiCreatedResponse({ type: TherapySessionViewDto })
  schedule(@Param('id', uuidParam('id')) id: string, @Body() dto: CreateTherapySessionDto) {
    return this.therapy.schedule(id, dto);
  }

  @Get('patients/:id/therapy-sessions')
  @ClinicalRoles()
  @PatientScoped()
  @ApiOkResponse({ type: TherapySessionViewDto, isArray: true, description: 'Newest first' })
  list(@Param('id', uuidParam('id')) id: string) {
    return this.therapy.list(id);
  }

  @Patch('therapy-sessions/:id')
  @Roles('therapist')
  @PatientScoped({ param: 'id', via: 'therapy_session' })
  @ApiOkResponse({ type: TherapySessionViewDto })
  recordOutcome(@Param('id', uuidParam('id')) id: string, @Body() dto: UpdateTherapySessionDto) {
    return this.therapy.recordOutcome(id, dto);
  }
}
