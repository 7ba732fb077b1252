import { SAFETY_OUTCOMES, type SafetyOutcome } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export class RecordSafetyAssessmentDto {
  @ApiProperty({
    format: 'date',
    example: '2026-11-02',
    description: "Day of the assessment (clinic day); not in the future, not before the patient's birth",
  })
  @IsClinicalDate()
  assessedOn: string;

  @ApiProperty({ enum: SAFETY_OUTCOMES, example: 'low', description: 'The risk the clinician found' })
  @IsIn(SAFETY_OUTCOMES)
  outcome: SafetyOutcome;

  @ApiProperty({ maxLength: 4_000, example: 'Safety plan reviewed; crisis line numbers given; follow-up in 3 days' })
  @IsString()
  @Length(1, 4_000)
  plan: string;
}

export class SafetyAssessmentViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty({ enum: SAFETY_OUTCOMES }) outcome: SafetyOutcome;
  @ApiProperty() plan: string;
  @ApiProperty({ format: 'uuid', description: 'The clinician who recorded it' }) assessedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}
