import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export class AdherenceQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description:
      "Period start; default the caseload's PDC window: 89 days before `to`, or the current naltrexone start when later",
  })
  @IsOptional()
  @IsClinicalDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Period end, inclusive; default today' })
  @IsOptional()
  @IsClinicalDate()
  to?: string;
}
