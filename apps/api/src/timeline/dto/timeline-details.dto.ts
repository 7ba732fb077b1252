import {
  CASELOAD_FLAGS,
  COPING_SKILLS,
  CRAVING_CUES,
  DISCONTINUATION_KINDS,
  DISCONTINUATION_REASONS,
  DISCONTINUATION_STATUSES,
  FORMULATIONS,
  MEDICATION_EVENT_KINDS,
  OBSERVATION_KINDS,
  OUTREACH_CHANNELS,
  OUTREACH_OUTCOMES,
  OUTREACH_RESOLUTIONS,
  RELAPSE_RULES,
  RELAPSE_SUBSTANCES,
  SAFETY_OUTCOMES,
  SCREEN_RESULTS,
  SESSION_MODALITIES,
  SESSION_STATUSES,
  SESSION_TYPES,
} from '@naltrack/domain';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { InstrumentScoreDto } from '../../observations/dto/observation.dto.js';
import { RELAPSE_SOURCES } from '../../relapses/relapse-event.entity.js';

/** The fields each timeline branch selects (see TimelineService's SOURCES), one class per `type`. */
export class NaltrexoneStartDetailsDto {
  @ApiProperty({ enum: FORMULATIONS }) formulation: string;
  @ApiProperty() doseMg: number;
  @ApiProperty({ description: 'Started despite unmet prerequisites' }) overridden: boolean;
  @ApiProperty() isReinduction: boolean;
}

export class MedicationEventDetailsDto {
  @ApiProperty({ enum: MEDICATION_EVENT_KINDS }) kind: string;
  @ApiProperty({ enum: FORMULATIONS }) formulation: string;
  @ApiProperty({ type: 'integer', nullable: true }) daysSupply: number | null;
  @ApiProperty({ nullable: true, type: Number }) doseMg: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) observed: boolean | null;
  @ApiProperty({ nullable: true, type: String }) lot: string | null;
  @ApiProperty({ nullable: true, type: String }) site: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class TherapySessionDetailsDto {
  @ApiProperty({ enum: SESSION_TYPES }) type: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status: string;
  @ApiProperty({ enum: [...SESSION_MODALITIES, null], nullable: true }) modality: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clinicianId: string | null;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...COPING_SKILLS] }, nullable: true })
  copingSkills: string[] | null;
}

export class ObservationDetailsDto {
  @ApiProperty({ enum: OBSERVATION_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ type: [Number], nullable: true }) items: number[] | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: { type: 'string', enum: [...SCREEN_RESULTS] } })
  results: Record<string, string> | null;
  @ApiProperty({ nullable: true, type: String }) substance: string | null;
  @ApiProperty({ type: InstrumentScoreDto, nullable: true, description: 'The instruments: their score when recorded' })
  score: InstrumentScoreDto | null;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...CRAVING_CUES] }, nullable: true })
  cues: string[] | null;
  @ApiProperty({ nullable: true, type: String }) cueNote: string | null;
}

export class RelapseDetailsDto {
  @ApiProperty({ enum: RELAPSE_SUBSTANCES }) substance: string;
  @ApiProperty({ enum: RELAPSE_SOURCES }) source: string;
  @ApiProperty({ enum: [...RELAPSE_RULES, null], nullable: true }) rule: string | null;
  @ApiProperty() early: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The last day of use a clinician stated' })
  lastUseOn: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class DiscontinuationRequestDetailsDto {
  @ApiProperty({ enum: DISCONTINUATION_KINDS }) kind: string;
  @ApiProperty({ enum: DISCONTINUATION_REASONS }) reasonCode: string;
  @ApiProperty({ enum: DISCONTINUATION_STATUSES }) status: string;
  @ApiProperty({ format: 'date' }) effectiveOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) startedOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) completedOn: string | null;
  @ApiProperty({ format: 'uuid' }) proposedBy: string;
}

export class DiscontinuationDecisionDetailsDto {
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ enum: ['approve', 'reject'] }) decision: string;
  @ApiProperty({ format: 'uuid' }) clinicianId: string;
  @ApiProperty() comment: string;
}

const OUTREACH_REASONS = [...CASELOAD_FLAGS, 'other'];

export class TimelineClinicianDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class OutreachTaskOpenedDetailsDto {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ enum: OUTREACH_REASONS }) reason: string;
  @ApiProperty({ type: TimelineClinicianDto }) assignee: TimelineClinicianDto;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: TimelineClinicianDto, nullable: true, description: "Null when the team's rule opened it" })
  openedBy: TimelineClinicianDto | null;
}

export class OutreachAttemptDetailsDto {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ enum: OUTREACH_CHANNELS }) channel: string;
  @ApiProperty({ enum: OUTREACH_OUTCOMES }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) nextAttemptOn: string | null;
  @ApiProperty({ type: TimelineClinicianDto }) attemptedBy: TimelineClinicianDto;
}

export class ClearedByDetailsDto {
  @ApiProperty({ example: 'medication_event' }) kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class OutreachTaskResolvedDetailsDto {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ enum: OUTREACH_REASONS }) reason: string;
  @ApiProperty({ enum: [...OUTREACH_RESOLUTIONS, 'flag_cleared'] }) resolution: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: TimelineClinicianDto, nullable: true, description: 'Null when the flag cleared' })
  resolvedBy: TimelineClinicianDto | null;
  @ApiProperty({ type: ClearedByDetailsDto, nullable: true, description: 'The record that cleared the flag' })
  clearedBy: ClearedByDetailsDto | null;
}

export class FlagAcknowledgementDetailsDto {
  @ApiProperty({ enum: CASELOAD_FLAGS }) flag: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date' }) untilOn: string;
  @ApiProperty({ type: TimelineClinicianDto }) acknowledgedBy: TimelineClinicianDto;
}

export class CaseReviewItemDetailsDto {
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty({ description: 'The agenda section' }) kind: string;
  @ApiProperty({ format: 'date' }) reviewOn: string;
  @ApiProperty() decisionNote: string;
  @ApiProperty({ type: TimelineClinicianDto }) discussedBy: TimelineClinicianDto;
}

export class SafetyAssessmentDetailsDto {
  @ApiProperty({ enum: SAFETY_OUTCOMES }) outcome: string;
  @ApiProperty() plan: string;
  @ApiProperty({ type: TimelineClinicianDto }) assessedBy: TimelineClinicianDto;
}

export const TIMELINE_DETAILS = [
  NaltrexoneStartDetailsDto,
  MedicationEventDetailsDto,
  TherapySessionDetailsDto,
  ObservationDetailsDto,
  RelapseDetailsDto,
  DiscontinuationRequestDetailsDto,
  DiscontinuationDecisionDetailsDto,
  OutreachTaskOpenedDetailsDto,
  OutreachAttemptDetailsDto,
  OutreachTaskResolvedDetailsDto,
  FlagAcknowledgementDetailsDto,
  CaseReviewItemDetailsDto,
  SafetyAssessmentDetailsDto,
];

/** `details` of a timeline item: the shape its `type` names. */
export const TIMELINE_DETAILS_SCHEMA = { anyOf: TIMELINE_DETAILS.map((model) => ({ $ref: getSchemaPath(model) })) };
