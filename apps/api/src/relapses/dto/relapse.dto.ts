import { RELAPSE_RULES, RELAPSE_SUBSTANCES, type RelapseRule, type RelapseSubstance } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { RELAPSE_SOURCES, type RelapseSource } from '../relapse-event.entity.js';

export class RecordRelapseDto {
  @ApiProperty({
    format: 'date',
    example: '2026-11-02',
    description: "First day of the relapse (clinic day); not in the future, not before the patient's birth",
  })
  @IsClinicalDate()
  onsetOn: string;

  @ApiProperty({ enum: RELAPSE_SUBSTANCES, example: 'opioids' })
  @IsIn(RELAPSE_SUBSTANCES)
  substance: RelapseSubstance;

  @ApiPropertyOptional({ maxLength: 2_000, example: 'Reported at group session' })
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;

  @ApiPropertyOptional({
    default: false,
    description:
      'Confirms the relapse the rules detected with this substance and onset (422 RELAPSE_NOT_DETECTED if none) ' +
      'instead of recording a new one',
  })
  @IsOptional()
  @IsBoolean()
  confirmDetected?: boolean;
}

export class RelapseViewDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null for a detection no clinician has confirmed yet',
  })
  id: string | null;
  @ApiProperty({ format: 'date' }) onsetOn: string;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Day the rule was met; null when the rules do not detect it',
  })
  detectedOn: string | null;
  @ApiProperty({ enum: RELAPSE_SUBSTANCES }) substance: RelapseSubstance;
  @ApiProperty({ enum: [...RELAPSE_RULES, null], nullable: true, description: 'The rule that detected it' })
  rule: RelapseRule | null;
  @ApiProperty({ description: 'Onset within 12 weeks of the naltrexone start' }) early: boolean;
  @ApiProperty({ enum: RELAPSE_SOURCES, description: 'detected by the rules, or recorded by a clinician' })
  source: RelapseSource;
  @ApiProperty({ description: 'A clinician recorded or confirmed it' }) confirmed: boolean;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}
