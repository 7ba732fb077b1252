import { CASELOAD_FLAGS, type CaseloadFlag, PATIENT_STATUSES, type PatientStatus } from '@naltrack/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { CASELOAD_SORTS } from '../caseload-sort.js';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  careTeamId?: string;

  @ApiPropertyOptional({ enum: PATIENT_STATUSES, isArray: true, description: 'One or more, comma-separated' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsIn(PATIENT_STATUSES, { each: true })
  status?: PatientStatus[];

  @ApiPropertyOptional({ enum: CASELOAD_FLAGS })
  @IsOptional()
  @IsIn(CASELOAD_FLAGS)
  flag?: CaseloadFlag;

  @ApiPropertyOptional({
    enum: ['none'],
    description: 'none: flagged patients, some flag not acknowledged, with no open outreach task',
  })
  @IsOptional()
  @IsIn(['none'])
  outreach?: 'none';

  @ApiPropertyOptional({ description: 'Part of a name or MRN' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: CASELOAD_SORTS, default: 'name', description: 'A leading - sorts descending' })
  @IsOptional()
  @IsIn(CASELOAD_SORTS)
  sort?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 1_000)
  cursor?: string;
}
