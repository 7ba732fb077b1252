import { FORMULATIONS, type Formulation, MEDICATION_EVENT_KINDS, type MedicationEventKind } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { AllowedOnlyWhen } from '../../common/validation/allowed-only-when.js';
import { IsNumberWithDecimals } from '../../common/validation/decimal-places.js';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

const isDispense = (o: Record<string, unknown>) => o.kind === 'dispensed';
const isInjection = (o: Record<string, unknown>) => o.kind === 'administered' && o.formulation === 'xr_injection';
const isDoseTaken = (o: Record<string, unknown>) => o.kind === 'taken';

export class CreateMedicationEventDto {
  @ApiProperty({ enum: MEDICATION_EVENT_KINDS })
  @IsIn(MEDICATION_EVENT_KINDS)
  kind: MedicationEventKind;

  @ApiProperty({ enum: FORMULATIONS })
  @IsIn(FORMULATIONS)
  formulation: Formulation;

  @ApiProperty({ format: 'date', description: 'Clinic day of the event; not in the future' })
  @IsClinicalDate()
  occurredOn: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, description: "Required for a dispense: the days' supply" })
  // Required for a dispense; for anything else only validated so that AllowedOnlyWhen can refuse it.
  @ValidateIf((o: Record<string, unknown>) => isDispense(o) || o.daysSupply !== undefined)
  @IsInt()
  @Min(1)
  @Max(365)
  @AllowedOnlyWhen(isDispense, 'for a dispense')
  daysSupply?: number;

  @ApiPropertyOptional({ example: 50 })
  @IsOptional()
  @IsNumberWithDecimals(2)
  @Min(1)
  @Max(1_000)
  doseMg?: number;

  @ApiPropertyOptional({ description: 'For a dose taken: observed by staff (true) or self-reported (false)' })
  @IsOptional()
  @IsBoolean()
  @AllowedOnlyWhen(isDoseTaken, 'for a dose taken')
  observed?: boolean;

  @ApiPropertyOptional({ description: 'Lot number of an administered injection' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @AllowedOnlyWhen(isInjection, 'for an administered XR injection')
  lot?: string;

  @ApiPropertyOptional({ example: 'left gluteal', description: 'Injection site' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @AllowedOnlyWhen(isInjection, 'for an administered XR injection')
  site?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;
}
