import type { PatientStatus } from '@naltrack/domain';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CreatePatientDto } from './create-patient.dto.js';

/** Statuses a clinician sets by hand; tapering and discontinued belong to the discontinuation workflow. */
export const MANUAL_PATIENT_STATUSES = ['referred', 'inducting', 'active', 'lost_to_follow_up'] as const;

export class UpdatePatientDto extends PartialType(CreatePatientDto) {
  @ApiPropertyOptional({ enum: MANUAL_PATIENT_STATUSES })
  @IsOptional()
  @IsIn(MANUAL_PATIENT_STATUSES, {
    message: `status must be one of ${MANUAL_PATIENT_STATUSES.join(', ')}; tapering and discontinuation go through a team-approved request`,
  })
  status?: PatientStatus;
}
