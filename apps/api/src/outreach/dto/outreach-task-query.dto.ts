import { OUTREACH_TASK_STATUSES, type OutreachTaskStatus } from '@naltrack/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export const DEFAULT_OUTREACH_TASK_LIMIT = 50;

export class OutreachTaskQueryDto {
  @ApiPropertyOptional({ description: '`me`, or a clinician id' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assignee must be me or a UUID',
  })
  assignee?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of your care teams; all of them by default' })
  @IsOptional()
  @IsUUID()
  careTeamId?: string;

  @ApiPropertyOptional({ enum: OUTREACH_TASK_STATUSES, description: 'Both by default' })
  @IsOptional()
  @IsIn(OUTREACH_TASK_STATUSES)
  status?: OutreachTaskStatus;

  @ApiPropertyOptional({ format: 'date', description: 'Only tasks due before this day' })
  @IsOptional()
  @IsClinicalDate()
  dueBefore?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: DEFAULT_OUTREACH_TASK_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  cursor?: string;
}
