import type { PatientStatus } from '@naltrack/domain';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalNotNull } from '../../common/validation/optional-not-null.js';
import { CreatePatientDto } from './create-patient.dto.js';

/** Statuses a clinician sets by hand; tapering and discontinued belong to the discontinuation workflow. */
export const MANUAL_PATIENT_STATUSES = ['referred', 'inducting', 'active', 'lost_to_follow_up'] as const;

// Null is no value for any of these: it is refused rather than written over a required column.
export class UpdatePatientDto extends PartialType(CreatePatientDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: MANUAL_PATIENT_STATUSES })
  @OptionalNotNull()
  @IsIn(MANUAL_PATIENT_STATUSES, {
    message: `status must be one of ${MANUAL_PATIENT_STATUSES.join(', ')}; tapering and discontinuation go through a team-approved request`,
  })
  status?: PatientStatus;
}
