import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
  @ApiCreatedResponse({ type: TherapySessionViewDto, description: 'The session, status scheduled' })
  @ApiBadRequestResponse({
    description: 'A field is missing, unknown or invalid (scheduledAt out of range, unknown clinicianId)',
  })
  schedule(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateTherapySessionDto,
  ): Promise<TherapySessionViewDto> {
    return this.therapy.schedule(id, dto);
  }

  @Get('patients/:id/therapy-sessions')
  @ClinicalRoles()
  @PatientScoped()
  @ApiOkResponse({ type: TherapySessionViewDto, isArray: true, description: 'Newest first' })
  list(@Param('id', uuidParam('id')) id: string): Promise<TherapySessionViewDto[]> {
    return this.therapy.list(id);
  }

  @Patch('therapy-sessions/:id')
  @Roles('therapist')
  @PatientScoped({ param: 'id', via: 'therapy_session' })
  @ApiOkResponse({ type: TherapySessionViewDto, description: 'The session with its new status' })
  @ApiBadRequestResponse({ description: 'An unknown status, or an outcome for a session that has not begun' })
  recordOutcome(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateTherapySessionDto,
  ): Promise<TherapySessionViewDto> {
    return this.therapy.recordOutcome(id, dto);
  }
}
