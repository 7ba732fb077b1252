import {
  CASELOAD_FLAGS,
  DISCONTINUATION_KINDS,
  type DiscontinuationKind,
  OUTREACH_OUTCOMES,
  type OutreachOutcome,
  type OutreachReason,
  SESSION_STATUSES,
  type SessionStatus,
} from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

export const TODAY_SIGNAL_KINDS = ['positive_screen', 'craving_high'] as const;
export type TodaySignalKind = (typeof TODAY_SIGNAL_KINDS)[number];

/** A patient who needs something today. */
export class TodayPatientLineDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ example: 'Rivera, Ana', description: '"Family, Given"' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty({
    format: 'date',
    description: 'The day that matters: positive PHQ-9 item 9, injection due, naltrexone started, last naltrexone',
  })
  on: string;
  @ApiProperty({ example: '3 days late', description: 'A few words for people' }) detail: string;
}

export class TodaySessionLineDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ description: '"Family, Given"' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
}

/** A positive screen or a high craving score recorded since the patient's last visit. */
export class TodaySignalLineDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ description: '"Family, Given"' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ enum: TODAY_SIGNAL_KINDS }) kind: TodaySignalKind;
  @ApiProperty({ format: 'date' }) observedOn: string;
  @ApiProperty({ example: 'PACS 24', description: 'The score, or what the screen was positive for' }) detail: string;
}

/** A discontinuation request waiting for the caller's decision. */
export class TodayApprovalLineDto {
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ description: '"Family, Given"' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ enum: DISCONTINUATION_KINDS }) kind: DiscontinuationKind;
  @ApiProperty({ format: 'date', description: 'The clinic day it was proposed' }) proposedOn: string;
  @ApiProperty({ description: "The proposer's display name" }) proposedBy: string;
}

/** An open outreach task assigned to the caller. */
export class TodayTaskLineDto {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ description: '"Family, Given"' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ enum: [...CASELOAD_FLAGS, 'other'], description: 'A caseload flag, or "other"' })
  reason: OutreachReason;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'dueOn is before today' }) overdue: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts: number;
  @ApiProperty({ enum: [...OUTREACH_OUTCOMES, null], nullable: true, description: 'Of the latest attempt' })
  lastOutcome: OutreachOutcome | null;
}

/** How many lines each list has in all, counted up to countLimit (the lists hold at most 20). */
export class TodayCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) suicideRisk: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) injectionsDue: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) sessionsToday: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) noShowsYesterday: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) newSignals: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) notStarted: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) stoppedWithoutApproval: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) approvals: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) outreachTasks: number;
}

/**
 * The signed-in clinician's day over their care teams. Injections, not started and stopped are for
 * prescribers and nurses; sessions and no-shows for therapists (their own) and team leads (the
 * team's); a list a role does not get is empty with a count of 0.
 */
export class TodayViewDto {
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty({ type: TodayCountsDto }) counts: TodayCountsDto;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Counts stop here: a count equal to it means at least that many',
  })
  countLimit: number;
  @ApiProperty({
    type: TodayPatientLineDto,
    isArray: true,
    description:
      "For every clinician of the team: a PHQ-9 item 9 above 0 awaiting a safety assessment; on is that PHQ-9's day; by name",
  })
  suicideRisk: TodayPatientLineDto[];
  @ApiProperty({
    type: TodayPatientLineDto,
    isArray: true,
    description: 'XR injections due today or late, longest late first',
  })
  injectionsDue: TodayPatientLineDto[];
  @ApiProperty({ type: TodaySessionLineDto, isArray: true, description: 'Not cancelled, by time' })
  sessionsToday: TodaySessionLineDto[];
  @ApiProperty({ type: TodaySessionLineDto, isArray: true }) noShowsYesterday: TodaySessionLineDto[];
  @ApiProperty({
    type: TodaySignalLineDto,
    isArray: true,
    description: 'Positive screens and high PACS recorded after the last visit, in the last 30 days; newest first',
  })
  newSignals: TodaySignalLineDto[];
  @ApiProperty({ type: TodayPatientLineDto, isArray: true }) notStarted: TodayPatientLineDto[];
  @ApiProperty({ type: TodayPatientLineDto, isArray: true }) stoppedWithoutApproval: TodayPatientLineDto[];
  @ApiProperty({ type: TodayApprovalLineDto, isArray: true, description: 'Oldest first' })
  approvals: TodayApprovalLineDto[];
  @ApiProperty({ type: TodayTaskLineDto, isArray: true, description: 'Overdue, then due today, then later' })
  outreachTasks: TodayTaskLineDto[];
}
