import {
  CHALLENGE_RESULTS,
  type ChallengeResult,
  FORMULATIONS,
  type Formulation,
  PRIOR_AGONISTS,
  type PriorAgonist,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsNumberWithDecimals } from '../../common/validation/decimal-places.js';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export class LiverFunctionTestsDto {
  @ApiProperty({ example: 32, description: 'ALT, same unit as uln' })
  @IsNumber()
  @Min(0)
  @Max(10_000)
  alt: number;

  @ApiProperty({ example: 28, description: 'AST, same unit as uln' })
  @IsNumber()
  @Min(0)
  @Max(10_000)
  ast: number;

  @ApiProperty({ example: 40, description: 'Upper limit of normal for ALT and AST' })
  @IsNumber()
  @Min(1)
  @Max(1_000)
  uln: number;

  @ApiProperty()
  @IsBoolean()
  bilirubinNormal: boolean;
}

export class CreateNaltrexoneStartDto {
  @ApiProperty({ enum: FORMULATIONS })
  @IsIn(FORMULATIONS)
  formulation: Formulation;

  @ApiProperty({ example: 380, description: 'mg: 380 for XR-NTX, typically 25-100 oral' })
  @IsNumberWithDecimals(2)
  @Min(1)
  @Max(1_000)
  doseMg: number;

  @ApiProperty({ format: 'date' })
  @IsClinicalDate()
  startedOn: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'Last opioid use (any opioid, methadone and buprenorphine included); required for OUD, after an agonist ' +
      'or when the record shows opioid use. Absent otherwise means no opioid use.',
  })
  @IsOptional()
  @IsClinicalDate()
  lastOpioidUseOn?: string;

  @ApiPropertyOptional({ enum: PRIOR_AGONISTS, nullable: true })
  @IsOptional()
  @IsIn(PRIOR_AGONISTS)
  priorAgonist?: PriorAgonist | null;

  @ApiPropertyOptional({ enum: CHALLENGE_RESULTS })
  @IsOptional()
  @IsIn(CHALLENGE_RESULTS)
  naloxoneChallenge?: ChallengeResult;

  @ApiPropertyOptional({ enum: CHALLENGE_RESULTS })
  @IsOptional()
  @IsIn(CHALLENGE_RESULTS)
  opioidScreen?: ChallengeResult;

  @ApiPropertyOptional({ type: LiverFunctionTestsDto, description: 'Required for oral naltrexone' })
  @IsOptional()
  // ValidateNested lets an array through in place of an object (`[]` passed empty).
  @IsObject()
  @ValidateNested()
  @Type(() => LiverFunctionTestsDto)
  lft?: LiverFunctionTestsDto;

  @ApiPropertyOptional({ description: "A prescriber's reason to start despite unmet prerequisites" })
  @IsOptional()
  @IsString()
  @Length(10, 2_000)
  overrideReason?: string;
}
