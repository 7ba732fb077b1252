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
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsNumberWithDecimals } from '../../common/validation/decimal-places.js';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { PatientMetricsDto } from '../../patients/dto/patient-view.dto.js';
import { STOP_RESOLUTIONS, type StopResolutionKind } from '../stop-resolution.entity.js';
import { ReadinessDto, RequiredApprovalDto } from './readiness.dto.js';

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

  @ApiProperty({ format: 'date', description: 'Last day on naltrexone' })
  @IsClinicalDate()
  effectiveOn: string;

  @ApiPropertyOptional({ type: TaperStepDto, isArray: true, description: 'Oral tapers: doses stepping down' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TaperStepDto)
  plan?: TaperStepDto[];
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
  @ApiProperty({ description: 'A naloxone kit was given' })
  @IsBoolean()
  naloxoneKitProvided: boolean;

  @ApiProperty({ description: 'The patient was counselled on overdose risk after stopping' })
  @IsBoolean()
  overdoseRiskCounselled: boolean;
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
  @ApiProperty({ type: ReadinessDto, description: 'The readiness checklist when proposed' })
  readiness: ReadinessResult;
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
