import { CASELOAD_FLAGS, type CaseloadFlag } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { ClinicianRefDto } from './outreach-task-view.dto.js';

export class CreateFlagAcknowledgementDto {
  @ApiProperty({ enum: CASELOAD_FLAGS })
  @IsIn(CASELOAD_FLAGS)
  flag: CaseloadFlag;

  @ApiProperty({ maxLength: 500, example: 'In hospital until 12 Jan' })
  @IsString()
  @Length(1, 500)
  reason: string;

  @ApiProperty({ format: 'date', description: 'The last day the flag is muted; not before today' })
  @IsClinicalDate()
  untilOn: string;
}

export class FlagAcknowledgementViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CASELOAD_FLAGS }) flag: CaseloadFlag;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date' }) untilOn: string;
  @ApiProperty({ type: ClinicianRefDto }) acknowledgedBy: ClinicianRefDto;
  @ApiProperty({ format: 'date-time' }) acknowledgedAt: string;
}
