import { CASELOAD_FLAGS, type CaseloadFlag, type Role } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLINICAL_ROLES } from '../../auth/principal.js';

export class OutreachRuleDto {
  @ApiProperty({ enum: CASELOAD_FLAGS })
  @IsIn(CASELOAD_FLAGS)
  flag: CaseloadFlag;

  @ApiProperty({ description: 'Open a task when the flag appears' })
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({ enum: CLINICAL_ROLES, description: "Who gets the task (the team's lead when no one has the role)" })
  @IsIn(CLINICAL_ROLES)
  assigneeRole: Role;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 30, description: 'Due this many days after the flag appears' })
  @IsInt()
  @Min(0)
  @Max(30)
  dueInDays: number;
}

export class UpdateOutreachRulesDto {
  @ApiProperty({ type: OutreachRuleDto, isArray: true, description: 'The rules to change, one per flag at most' })
  @IsArray()
  @ArrayMaxSize(CASELOAD_FLAGS.length)
  @ArrayUnique((rule: OutreachRuleDto) => rule?.flag, { message: 'rules must name each flag at most once' })
  // ValidateNested lets an array through in place of an object (`[[]]` passed empty).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => OutreachRuleDto)
  rules: OutreachRuleDto[];
}
