import {
  DISCONTINUATION_KINDS,
  DISCONTINUATION_REASONS,
  DISCONTINUATION_STATUSES,
  type DiscontinuationKind,
  type DiscontinuationReason,
  type DiscontinuationStatus,
  type ReadinessResult,
  type RequiredApproval,
  ROLES,
  type Role,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AllowedOnlyWhen } from '../../common/validation/allowed-only-when.js';
import { IsNumberWithDecimals } from '../../common/validation/decimal-places.js';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { OptionalNotNull } from '../../common/validation/optional-not-null.js';
import { PatientMetricsDto } from '../../patients/dto/patient-view.dto.js';
import { STOP_RESOLUTIONS, type StopResolutionKind } from '../stop-resolution.entity.js';
import { ReadinessDto, RequiredApprovalDto } from './readiness.dto.js';
import { SwitchFactsDto, SwitchToDto } from './switch.dto.js';

export class TaperStepDto {
  @ApiProperty({ format: 'date' })
  @IsClinicalDate()
  startsOn: string;

  @ApiProperty({ example: 25 })
  @IsNumberWithDecimals(2)
  @Min(0)
  @Max(1_000)
  doseMg: number;
}

const isSwitch = (o: object) => (o as { kind?: unknown }).kind === 'switch';

export class ProposeDiscontinuationDto {
  @ApiProperty({ enum: DISCONTINUATION_KINDS })
  @IsIn(DISCONTINUATION_KINDS)
  kind: DiscontinuationKind;

  @ApiProperty({ enum: DISCONTINUATION_REASONS })
  @IsIn(DISCONTINUATION_REASONS)
  reasonCode: DiscontinuationReason;

  @ApiProperty({ description: 'The clinical reasoning, for the approvers' })
  @IsString()
  @Length(10, 4_000)
  reason: string;

  @ApiProperty({
    format: 'date',
    description: 'Last day on naltrexone; for a switch, the day the new medication starts',
  })
  @IsClinicalDate()
  effectiveOn: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'array', items: { $ref: getSchemaPath(TaperStepDto) } }, { type: 'string' }],
    description:
      'Oral tapers: doses stepping down. A switch: how the new medication starts, as text; required for an opioid agonist starting before the XR-NTX blockade ends',
  })
  // A switch's plan is text, checked with the rest of the switch (switchProblems).
  @ValidateIf((o: object, value: unknown) => value !== undefined && !isSwitch(o))
  @IsArray()
  @ArrayMaxSize(20)
  // ValidateNested lets an array through in place of an object (`[[]]` passed empty).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TaperStepDto)
  plan?: TaperStepDto[] | string;

  @ApiPropertyOptional({ type: SwitchToDto, description: 'Required for a switch: the medication and its prescriber' })
  @ValidateIf((o: object, value: unknown) => isSwitch(o) || value !== undefined)
  @AllowedOnlyWhen(isSwitch, 'for kind switch')
  @IsObject()
  @ValidateNested()
  @Type(() => SwitchToDto)
  switchTo?: SwitchToDto;
}

export class DecideDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  @ApiProperty()
  @IsString()
  @Length(1, 4_000)
  comment: string;
}

export class CompleteDiscontinuationDto {
  @ApiPropertyOptional({ description: 'A naloxone kit was given; a taper or stop needs it' })
  @OptionalNotNull()
  @IsBoolean()
  naloxoneKitProvided?: boolean;

  @ApiPropertyOptional({
    description: 'The patient was counselled on overdose risk after stopping; a taper or stop needs it',
  })
  @OptionalNotNull()
  @IsBoolean()
  overdoseRiskCounselled?: boolean;

  @ApiPropertyOptional({ description: 'A switch needs it: how the patient was handed to the new prescriber' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 4_000)
  handOffNote?: string;
}

export class InboxQueryDto {
  @ApiPropertyOptional({ enum: DISCONTINUATION_STATUSES })
  @IsOptional()
  @IsIn(DISCONTINUATION_STATUSES)
  status?: DiscontinuationStatus;

  @ApiPropertyOptional({ enum: ['me'], description: 'Only requests the caller may decide now' })
  @IsOptional()
  @IsIn(['me'])
  awaiting?: 'me';
}

export class ResolveStopDto {
  @ApiProperty({ enum: STOP_RESOLUTIONS })
  @IsIn(STOP_RESOLUTIONS)
  resolution: StopResolutionKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;
}

export class DecisionViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clinicianId: string;
  @ApiProperty({ enum: ['approve', 'reject'] }) decision: 'approve' | 'reject';
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty() comment: string;
  @ApiProperty() createdAt: Date;
}

/** Who the request is about, so an inbox can name the patient without a call per row. */
export class RequestPatientDto {
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty() mrn: string;
}

export class DiscontinuationViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: DISCONTINUATION_KINDS }) kind: DiscontinuationKind;
  @ApiProperty({ enum: DISCONTINUATION_REASONS }) reasonCode: DiscontinuationReason;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date' }) effectiveOn: string;
  @ApiProperty({ type: TaperStepDto, isArray: true }) plan: TaperStepDto[];
  @ApiProperty({ enum: DISCONTINUATION_STATUSES }) status: DiscontinuationStatus;
  @ApiProperty({ format: 'uuid' }) proposedBy: string;
  @ApiProperty({
    type: ReadinessDto,
    nullable: true,
    description: 'The readiness checklist when proposed; null for a switch',
  })
  readiness: ReadinessResult | null;
  @ApiProperty({ type: SwitchToDto, nullable: true, description: 'A switch: the new medication and its prescriber' })
  switchTo: SwitchToDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'A switch: how the new medication starts' })
  switchPlan: string | null;
  @ApiProperty({ type: SwitchFactsDto, nullable: true, description: 'A switch: what approvers need, when proposed' })
  switchFacts: SwitchFactsDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'A completed switch: the hand-off' })
  handOffNote: string | null;
  @ApiProperty({ type: RequiredApprovalDto, isArray: true, description: 'e.g. a prescriber and a therapist' })
  requiredApprovals: RequiredApproval[];
  @ApiProperty({ type: DecisionViewDto, isArray: true }) decisions: DecisionViewDto[];
  @ApiProperty({ format: 'date', nullable: true, type: String }) startedOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) completedOn: string | null;
  @ApiProperty({
    description:
      'While the taper runs: a relapse was ongoing when it began, or began since (the relapse_during_taper flag)',
  })
  relapseAlert: boolean;
  @ApiProperty({ type: PatientMetricsDto, nullable: true }) patientMetrics: PatientMetricsDto | null;
  @ApiProperty({ type: RequestPatientDto, nullable: true }) patient: RequestPatientDto | null;
  @ApiProperty() createdAt: Date;
}
