import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export class AdherenceQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Period start; default 89 days before `to`' })
  @IsOptional()
  @IsClinicalDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Period end, inclusive; default today' })
  @IsOptional()
  @IsClinicalDate()
  to?: string;
}
