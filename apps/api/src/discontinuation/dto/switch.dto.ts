import {
  FORMULATIONS,
  type Formulation,
  SWITCH_MEDICATIONS,
  SWITCH_PRESCRIBERS,
  type SwitchMedication,
  type SwitchPrescriber,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { OptionalNotNull } from '../../common/validation/optional-not-null.js';

export class SwitchToDto {
  @ApiProperty({ enum: SWITCH_MEDICATIONS, description: "Must treat one of the patient's diagnoses" })
  @IsIn(SWITCH_MEDICATIONS)
  medication: SwitchMedication;

  @ApiProperty({ enum: SWITCH_PRESCRIBERS })
  @IsIn(SWITCH_PRESCRIBERS)
  prescribedBy: SwitchPrescriber;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Required when another program prescribes' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  program?: string | null;
}

/** What the approvers of a switch see instead of the stop-readiness checklist. */
export class SwitchFactsDto {
  @ApiProperty({ description: 'Relapse episodes on the current naltrexone course' }) relapseEpisodes: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastRelapseUseOn: string | null;
  @ApiProperty() relapseOngoing: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'PDC (0-1) over the last 90 days' }) pdc90: number | null;
  @ApiProperty({ enum: FORMULATIONS, nullable: true }) formulation: Formulation | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastInjectionOn: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'XR-NTX: 28 days after the last injection; an opioid agonist starting earlier needs a plan',
  })
  blockadeEndsOn: string | null;
}
