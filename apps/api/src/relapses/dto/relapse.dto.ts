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

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-20',
    description:
      'Last day of use the clinician knows of (clinic day); not before onsetOn, not in the future. ' +
      'Later use in screens and reports still extends the episode',
  })
  @IsOptional()
  @IsClinicalDate()
  lastUseOn?: string;

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
  @ApiProperty({ format: 'date', description: 'First day of the relapse' }) onsetOn: string;
  @ApiProperty({
    format: 'date',
    description:
      'Last day of use in the episode: the latest of the stated one and the use screens and reports show ' +
      '(a screening week without its screen counts as use, dated by its last day)',
  })
  lastUseOn: string;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description:
      'Day the run of non-use that ends the episode was complete (2 weeks after the last use); null while ongoing',
  })
  endedOn: string | null;
  @ApiProperty({ description: 'Use has not stopped for the end window: the relapse continues' }) ongoing: boolean;
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
  @ApiProperty({ description: 'Onset within 12 weeks of the start of its naltrexone course' }) early: boolean;
  @ApiProperty({ enum: RELAPSE_SOURCES, description: 'detected by the rules, or recorded by a clinician' })
  source: RelapseSource;
  @ApiProperty({ description: 'A clinician recorded or confirmed it' }) confirmed: boolean;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}
