import {
  CASELOAD_FLAGS,
  OUTREACH_CHANNELS,
  OUTREACH_OUTCOMES,
  OUTREACH_RESOLUTIONS,
  OUTREACH_TASK_STATUSES,
  type OutreachChannel,
  type OutreachOutcome,
  type OutreachReason,
  type OutreachResolution,
  type OutreachTaskStatus,
} from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

export const OUTREACH_REASONS: readonly OutreachReason[] = [...CASELOAD_FLAGS, 'other'];
/** Every resolution a task can carry: a clinician's, or flag_cleared set as the flag clears. */
export const ALL_OUTREACH_RESOLUTIONS: readonly OutreachResolution[] = [...OUTREACH_RESOLUTIONS, 'flag_cleared'];

export class ClinicianRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class RecordRefDto {
  @ApiProperty({ example: 'medication_event', description: 'The kind of record (its table)' }) kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class OutreachAttemptViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OUTREACH_CHANNELS }) channel: OutreachChannel;
  @ApiProperty({ enum: OUTREACH_OUTCOMES }) outcome: OutreachOutcome;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) nextAttemptOn: string | null;
  @ApiProperty({ type: ClinicianRefDto }) attemptedBy: ClinicianRefDto;
  @ApiProperty({ format: 'date', description: 'Clinic day of the attempt' }) attemptedOn: string;
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
}

export class OutreachTaskViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ example: 'Sample, Ada', description: 'Family, Given' }) patientName: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty({ enum: OUTREACH_REASONS, description: 'The caseload flag it answers, or other' })
  reason: OutreachReason;
  @ApiProperty({ enum: OUTREACH_TASK_STATUSES }) status: OutreachTaskStatus;
  @ApiProperty({ type: ClinicianRefDto }) assignee: ClinicianRefDto;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'Open and due before today' }) overdue: boolean;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: ClinicianRefDto, nullable: true, description: "Null when the team's rule opened it" })
  openedBy: ClinicianRefDto | null;
  @ApiProperty({ format: 'date' }) openedOn: string;
  @ApiProperty({ enum: [...ALL_OUTREACH_RESOLUTIONS, null], nullable: true, type: String })
  resolution: OutreachResolution | null;
  @ApiProperty({ nullable: true, type: String }) resolutionNote: string | null;
  @ApiProperty({ type: ClinicianRefDto, nullable: true, description: 'Null while open, or when the flag cleared' })
  resolvedBy: ClinicianRefDto | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) resolvedOn: string | null;
  @ApiProperty({
    type: RecordRefDto,
    nullable: true,
    description: 'For resolution flag_cleared: the record whose writing cleared the flag, when known',
  })
  clearedBy: RecordRefDto | null;
  @ApiProperty({ type: OutreachAttemptViewDto, isArray: true, description: 'Oldest first' })
  attempts: OutreachAttemptViewDto[];
}

export class OutreachTaskPageDto {
  @ApiProperty({ type: OutreachTaskViewDto, isArray: true, description: 'By due day, then id' })
  items: OutreachTaskViewDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
