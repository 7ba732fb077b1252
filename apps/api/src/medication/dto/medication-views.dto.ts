import {
  FORMULATIONS,
  type Formulation,
  INDUCTION_RULES,
  type InductionRule,
  MEDICATION_EVENT_KINDS,
  type MedicationEventKind,
} from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import { InjectionViewDto } from '../../patients/dto/patient-view.dto.js';
import { LiverFunctionTestsDto } from './create-naltrexone-start.dto.js';

export class InductionFailureDto {
  @ApiProperty({ enum: INDUCTION_RULES })
  rule: InductionRule;

  @ApiProperty()
  message: string;
}

export class NaltrexoneStartViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: FORMULATIONS }) formulation: Formulation;
  @ApiProperty() doseMg: number;
  @ApiProperty({ format: 'date' }) startedOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastOpioidUseOn: string | null;
  @ApiProperty({ nullable: true, type: String }) priorAgonist: string | null;
  @ApiProperty({ nullable: true, type: String }) naloxoneChallenge: string | null;
  @ApiProperty({ nullable: true, type: String }) opioidScreen: string | null;
  @ApiProperty({ type: LiverFunctionTestsDto, nullable: true }) lft: LiverFunctionTestsDto | null;
  @ApiProperty({ description: 'Started despite unmet prerequisites' }) overridden: boolean;
  @ApiProperty({ type: InductionFailureDto, isArray: true }) overriddenFailures: InductionFailureDto[];
  @ApiProperty({ nullable: true, type: String }) overrideReason: string | null;
  @ApiProperty({ description: 'A start after an earlier discontinuation' }) isReinduction: boolean;
  @ApiProperty() createdAt: Date;
}

export class MedicationEventViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: MEDICATION_EVENT_KINDS }) kind: MedicationEventKind;
  @ApiProperty({ enum: FORMULATIONS }) formulation: Formulation;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ nullable: true, type: Number }) daysSupply: number | null;
  @ApiProperty({ nullable: true, type: Number }) doseMg: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) observed: boolean | null;
  @ApiProperty({ nullable: true, type: String }) lot: string | null;
  @ApiProperty({ nullable: true, type: String }) site: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: Date;
}

export class CoverageGapDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty() days: number;
}

export class AdherenceDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({
    description:
      'The default period starts at the current naltrexone start, inside the last 90 days (the caseload PDC window)',
  })
  sinceStart: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Proportion of days covered, 0-1 (PQA)' })
  pdc: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "Medication possession ratio: days' supply / days" })
  mpr: number | null;
  @ApiProperty() coveredDays: number;
  @ApiProperty({ description: 'Days from the later of `from` and the first fill to `to`' }) periodDays: number;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The later of `from` and the first fill; null before any fill',
  })
  periodStart: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) firstFillOn: string | null;
  @ApiProperty({ description: 'PDC >= the adherence threshold (0.8)' }) adherent: boolean;
  @ApiProperty({ type: CoverageGapDto, isArray: true, description: 'Runs of >= 8 uncovered days' })
  gaps: CoverageGapDto[];
  @ApiProperty({ description: 'Longest stretch without a gap' }) continuousDays: number;
  @ApiProperty({ type: InjectionViewDto }) injection: InjectionViewDto;
}
