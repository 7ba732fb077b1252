import {
  CASELOAD_FLAGS,
  type CaseloadFlag,
  DIAGNOSES,
  type Diagnosis,
  FORMULATIONS,
  type Formulation,
  INJECTION_STATUSES,
  type InjectionStatus,
  PATIENT_STATUSES,
  type PatientStatus,
  SEXES,
  type Sex,
} from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

export class InjectionViewDto {
  @ApiProperty({ format: 'date', nullable: true, type: String })
  lastOn: string | null;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  dueOn: string | null;

  @ApiProperty({ enum: INJECTION_STATUSES })
  status: InjectionStatus;
}

/** The current metrics of a patient, as the caseload shows them. */
export class PatientMetricsDto {
  @ApiProperty({ format: 'date', description: 'Clinic day the metrics were computed for' })
  asOf: string;

  @ApiProperty({ enum: [...FORMULATIONS, null], nullable: true })
  formulation: Formulation | null;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  startedOn: string | null;

  @ApiProperty({ nullable: true, type: Number })
  daysOnNaltrexone: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'PDC over the last 30 days, 0-1' })
  pdc30: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'PDC over the last 90 days, 0-1' })
  pdc90: number | null;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  lastDoseOn: string | null;

  @ApiProperty({ type: InjectionViewDto })
  injection: InjectionViewDto;

  @ApiProperty({ nullable: true, type: Number, description: 'Attendance over the last 90 days, 0-1' })
  attendanceRate90: number | null;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  lastSessionOn: string | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Latest PACS total, 0-30' })
  latestPacs: number | null;

  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Onset of the latest relapse of the current course',
  })
  lastRelapseOn: string | null;

  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Last day of use in a relapse of the current course',
  })
  lastRelapseUseOn: string | null;

  @ApiProperty({ description: 'A relapse of the current course is ongoing (use has not stopped for 2 weeks)' })
  relapseOngoing: boolean;

  @ApiProperty({ description: 'An early relapse of the current course, ongoing or ended recently' })
  earlyRelapse: boolean;

  @ApiProperty({ enum: CASELOAD_FLAGS, isArray: true })
  flags: CaseloadFlag[];
}

export class PatientViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  mrn: string;

  @ApiProperty()
  givenName: string;

  @ApiProperty()
  familyName: string;

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ enum: SEXES })
  sex: Sex;

  @ApiProperty({ enum: DIAGNOSES, isArray: true })
  diagnoses: Diagnosis[];

  @ApiProperty({ format: 'uuid' })
  careTeamId: string;

  @ApiProperty({ enum: PATIENT_STATUSES })
  status: PatientStatus;

  @ApiProperty({ format: 'date' })
  enrolledOn: string;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: PatientMetricsDto, nullable: true, description: 'Null until computed for a new patient' })
  metrics: PatientMetricsDto | null;
}
