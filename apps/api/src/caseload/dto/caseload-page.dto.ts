import {
  CASELOAD_FLAGS,
  type CaseloadFlag,
  FORMULATIONS,
  type Formulation,
  PATIENT_STATUSES,
  type PatientStatus,
} from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';
import { SwitchToDto } from '../../discontinuation/dto/switch.dto.js';
import { InjectionViewDto } from '../../patients/dto/patient-view.dto.js';

export class CaseloadOutreachDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Outreach tasks open for the patient' }) openTasks: number;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The earliest due day among them' })
  nextDueOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Day of the latest attempt on any task' })
  lastAttemptOn: string | null;
}

export class CaseloadAcknowledgedFlagDto {
  @ApiProperty({ enum: CASELOAD_FLAGS }) flag: CaseloadFlag;
  @ApiProperty({ format: 'date', description: 'The last day it is muted' }) untilOn: string;
  @ApiProperty() reason: string;
}

export class CaseloadItemDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ example: 'Sample, Ada' }) name: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty({ enum: PATIENT_STATUSES }) status: PatientStatus;
  @ApiProperty({ enum: [...FORMULATIONS, null], nullable: true }) formulation: Formulation | null;
  @ApiProperty({ nullable: true, type: Number }) daysOnNaltrexone: number | null;
  @ApiProperty({ nullable: true, type: Number }) pdc30: number | null;
  @ApiProperty({ nullable: true, type: Number }) pdc90: number | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastDoseOn: string | null;
  @ApiProperty({ type: InjectionViewDto }) injection: InjectionViewDto;
  @ApiProperty({ nullable: true, type: Number }) attendanceRate90: number | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastSessionOn: string | null;
  @ApiProperty({ nullable: true, type: Number }) latestPacs: number | null;
  @ApiProperty() earlyRelapse: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) lastRelapseOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Last day of use in a relapse' })
  lastRelapseUseOn: string | null;
  @ApiProperty({ description: 'A relapse is ongoing' }) relapseOngoing: boolean;
  @ApiProperty({ enum: CASELOAD_FLAGS, isArray: true }) flags: CaseloadFlag[];
  @ApiProperty({ type: CaseloadOutreachDto }) outreach: CaseloadOutreachDto;
  @ApiProperty({
    type: CaseloadAcknowledgedFlagDto,
    isArray: true,
    description: 'Flags acknowledged for a while, in force today (shown muted)',
  })
  acknowledgedFlags: CaseloadAcknowledgedFlagDto[];
  @ApiProperty({
    type: SwitchToDto,
    nullable: true,
    description: 'A switched patient: the medication the completed switch moved them to and who prescribes it',
  })
  switchedTo: SwitchToDto | null;
}

/** One count per caseload flag. */
export class CaseloadFlagCountsDto {}
// One property per flag, from the domain's list, so a new flag is documented with it.
for (const flag of CASELOAD_FLAGS) {
  ApiProperty({ type: 'integer', minimum: 0, example: 0 })(CaseloadFlagCountsDto.prototype, flag);
}

export class CaseloadPageDto {
  @ApiProperty({ type: CaseloadItemDto, isArray: true }) items: CaseloadItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
  @ApiProperty({ description: 'Patients matching every filter' }) total: number;
  @ApiProperty({
    type: CaseloadFlagCountsDto,
    description: 'Patients with each flag among those matching the filters other than `flag`',
  })
  counts: Record<CaseloadFlag, number>;
}
