import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { uuidParam } from '../common/validation/uuid-param.js';
import { Roles } from './auth.decorators.js';
import { CurrentPrincipal } from './current-principal.decorator.js';
import { BreakGlassDto } from './dto/auth.dto.js';
import { BreakGlassEntryDto, BreakGlassOpeningDto } from './dto/auth-views.dto.js';
import { PatientAccessService } from './patient-access.service.js';
import type { Principal } from './principal.js';

interface BreakGlassRow {
  id: string;
  clinician_id: string;
  clinician_email: string;
  patient_id: string;
  care_team_id: string;
  reason: string;
  granted_at: Date;
  expires_at: Date;
}

@ApiTags('auth')
@Controller()
export class BreakGlassController {
  constructor(
    private readonly patientAccess: PatientAccessService,
    private readonly dataSource: DataSource,
  ) {}

  @Post('patients/:id/break-glass')
  @Roles('prescriber', 'therapist', 'nurse', 'team_lead')
  @ApiCreatedResponse({
    type: BreakGlassOpeningDto,
    description: 'The patient is open to you for one hour; always audited',
  })
  @ApiNotFoundResponse({ description: 'No such patient' })
  async open(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: BreakGlassDto,
    @Req() request: FastifyRequest,
  ): Promise<BreakGlassOpeningDto> {
    const access = await this.patientAccess.breakGlass(principal, id, dto.reason);
    request.auditPatientId = id;
    request.auditDetail = { breakGlassReason: dto.reason };
    return { patientId: id, expiresAt: access.expiresAt };
  }

  @Get('break-glass')
  @Roles('team_lead')
  @ApiOkResponse({
    type: BreakGlassEntryDto,
    isArray: true,
    description: 'Break-glass openings of patients then in your teams, in the last 30 days',
  })
  async list(@CurrentPrincipal() principal: Principal): Promise<BreakGlassEntryDto[]> {
    const rows: BreakGlassRow[] = await this.dataSource.query(
      // By the team at grant time: a patient moved away since stays on the original lead's list.
      `SELECT b.id, b.clinician_id, c.email AS clinician_email, b.patient_id, b.care_team_id, b.reason,
              b.granted_at, b.expires_at
         FROM break_glass_access b
         JOIN clinician c ON c.id = b.clinician_id
        WHERE b.care_team_id = ANY($1::uuid[]) AND b.granted_at > now() - interval '30 days'
        ORDER BY b.granted_at DESC`,
      [principal.teamIds],
    );
    return rows.map((row) => ({
      id: row.id,
      clinicianId: row.clinician_id,
      clinicianEmail: row.clinician_email,
      patientId: row.patient_id,
      careTeamId: row.care_team_id,
      reason: row.reason,
      grantedAt: row.granted_at,
      expiresAt: row.expires_at,
    }));
  }
}
