import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { PatientTransferViewDto } from './dto/patient-transfer-view.dto.js';

interface TransferRow {
  id: string;
  patient_id: string;
  from_care_team_id: string;
  to_care_team_id: string;
  clinician_id: string;
  clinician_email: string;
  transferred_at: Date;
}

@ApiTags('patients')
@Controller('patient-transfers')
export class PatientTransfersController {
  constructor(private readonly dataSource: DataSource) {}

  /** Beside the break-glass review: a patient who left the lead's team stays listed there. */
  @Get()
  @Roles('team_lead')
  @ApiOkResponse({
    type: PatientTransferViewDto,
    isArray: true,
    description: 'Moves of patients out of or into your teams in the last 90 days, newest first',
  })
  async list(@CurrentPrincipal() principal: Principal): Promise<PatientTransferViewDto[]> {
    const rows: TransferRow[] = await this.dataSource.query(
      `SELECT t.id, t.patient_id, t.from_care_team_id, t.to_care_team_id, t.clinician_id,
              c.email AS clinician_email, t.transferred_at
         FROM patient_transfer t
         JOIN clinician c ON c.id = t.clinician_id
        WHERE (t.from_care_team_id = ANY($1::uuid[]) OR t.to_care_team_id = ANY($1::uuid[]))
          AND t.transferred_at > now() - interval '90 days'
        ORDER BY t.transferred_at DESC, t.id`,
      [principal.teamIds],
    );
    return rows.map((row) => ({
      id: row.id,
      patientId: row.patient_id,
      fromCareTeamId: row.from_care_team_id,
      toCareTeamId: row.to_care_team_id,
      clinicianId: row.clinician_id,
      clinicianEmail: row.clinician_email,
      transferredAt: row.transferred_at,
    }));
  }
}
