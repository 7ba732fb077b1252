import {
  OUTREACH_CHANNELS,
  OUTREACH_OUTCOMES,
  OUTREACH_RESOLUTIONS,
  type OutreachChannel,
  type OutreachOutcome,
  type OutreachReason,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { OUTREACH_REASONS } from './outreach-task-view.dto.js';

export type ClinicianResolution = (typeof OUTREACH_RESOLUTIONS)[number];

export class CreateOutreachTaskDto {
  @ApiProperty({ enum: OUTREACH_REASONS, description: 'A caseload flag, or other' })
  @IsIn(OUTREACH_REASONS)
  reason: OutreachReason;

  @ApiProperty({ format: 'uuid', description: "An active member of the patient's care team" })
  @IsUUID()
  assigneeId: string;

  @ApiProperty({ format: 'date', description: 'Not before today' })
  @IsClinicalDate()
  dueOn: string;

  @ApiPropertyOptional({ maxLength: 2_000 })
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;
}

export class RecordOutreachAttemptDto {
  @ApiProperty({ enum: OUTREACH_CHANNELS })
  @IsIn(OUTREACH_CHANNELS)
  channel: OutreachChannel;

  @ApiProperty({ enum: OUTREACH_OUTCOMES })
  @IsIn(OUTREACH_OUTCOMES)
  outcome: OutreachOutcome;

  @ApiPropertyOptional({ maxLength: 2_000 })
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;

  @ApiPropertyOptional({ format: 'date', description: 'When to try again; not before today' })
  @IsOptional()
  @IsClinicalDate()
  nextAttemptOn?: string;
}

export class ResolveOutreachTaskDto {
  @ApiProperty({ enum: OUTREACH_RESOLUTIONS })
  @IsIn(OUTREACH_RESOLUTIONS)
  resolution: ClinicianResolution;

  @ApiPropertyOptional({ maxLength: 2_000 })
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;
}

export class ReassignOutreachTaskDto {
  @ApiProperty({ format: 'uuid', description: "An active member of the patient's care team" })
  @IsUUID()
  assigneeId: string;

  @ApiPropertyOptional({ format: 'date', description: 'A new due day; not before today' })
  @IsOptional()
  @IsClinicalDate()
  dueOn?: string;
}
