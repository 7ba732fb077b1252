import { RELAPSE_RULES, type RelapseRule, type RelapseSubstance } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export const RELAPSE_SUBSTANCES: readonly RelapseSubstance[] = ['opioids', 'alcohol'];

export class RecordRelapseDto {
  @ApiProperty({ format: 'date', description: 'First day of the relapse' })
  @IsClinicalDate()
  onsetOn: string;

  @ApiProperty({ enum: RELAPSE_SUBSTANCES })
  @IsIn(RELAPSE_SUBSTANCES)
  substance: RelapseSubstance;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;

  @ApiPropertyOptional({
    description: 'Confirms a relapse the rules detected on that onset rather than recording a new one',
  })
  @IsOptional()
  @IsBoolean()
  confirmDetected?: boolean;
}

export class RelapseViewDto {
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null for an unconfirmed detection',
  })
  id: string | null;
  @ApiProperty({ format: 'date' }) onsetOn: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) detectedOn: string | null;
  @ApiProperty({ enum: RELAPSE_SUBSTANCES }) substance: RelapseSubstance;
  @ApiPropertyOptional({ enum: RELAPSE_RULES, nullable: true }) rule: RelapseRule | null;
  @ApiProperty({ description: 'Within 12 weeks of the naltrexone start' }) early: boolean;
  @ApiProperty({ enum: ['detected', 'recorded'] }) source: 'detected' | 'recorded';
  @ApiProperty({ description: 'A clinician recorded or confirmed it' }) confirmed: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}
