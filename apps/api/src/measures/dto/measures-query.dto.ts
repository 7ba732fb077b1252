import { MEASURE_IDS, type MeasureId } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export const MEASURE_INCLUDES = ['patients'] as const;
export type MeasureInclude = (typeof MEASURE_INCLUDES)[number];

export class MeasuresQueryDto {
  @ApiProperty({ format: 'date', description: 'First day of the period' })
  @IsClinicalDate()
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period (inclusive); not after today' })
  @IsClinicalDate()
  to: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of your care teams; all of them when absent' })
  @IsOptional()
  @IsUUID()
  careTeamId?: string;

  @ApiPropertyOptional({ enum: MEASURE_IDS, description: 'Only this measure' })
  @IsOptional()
  @IsIn(MEASURE_IDS)
  measure?: MeasureId;

  @ApiPropertyOptional({ enum: MEASURE_INCLUDES, description: '`patients` adds the drill-down list to each measure' })
  @IsOptional()
  @IsIn(MEASURE_INCLUDES)
  include?: MeasureInclude;
}
