import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';
import { CASE_REVIEW_KINDS, type CaseReviewKind } from '../case-review-kinds.js';

export const DECISION_NOTE_MAX_LENGTH = 2_000;

export class CaseReviewQueryDto {
  @ApiProperty({ format: 'uuid', description: 'One of your care teams' })
  @IsUUID()
  careTeamId: string;

  @ApiPropertyOptional({ format: 'date', description: 'The clinic day of the meeting; today by default' })
  @IsOptional()
  @IsClinicalDate()
  on?: string;
}

export class CaseReviewClinicianDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class CaseReviewFigureDto {
  @ApiProperty({ example: 'PDC 90 days' }) label: string;
  @ApiProperty({ example: '62%' }) value: string;
}

export class CaseReviewDiscussedDto {
  @ApiProperty() decisionNote: string;
  @ApiProperty({ type: CaseReviewClinicianDto }) discussedBy: CaseReviewClinicianDto;
  @ApiProperty({ format: 'date-time' }) discussedAt: string;
}

export class CaseReviewAgendaItemDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ description: '"Family, Given"' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty({ enum: CASE_REVIEW_KINDS }) kind: CaseReviewKind;
  @ApiProperty({ type: CaseReviewFigureDto, isArray: true, description: 'The figures the team decides on' })
  figures: CaseReviewFigureDto[];
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The discontinuation request the item is about (pending approval, relapse during a taper)',
  })
  requestId: string | null;
  @ApiProperty({ type: CaseReviewDiscussedDto, nullable: true, description: 'Null until discussed on this day' })
  discussed: CaseReviewDiscussedDto | null;
}

export class CaseReviewSectionDto {
  @ApiProperty({ enum: CASE_REVIEW_KINDS }) kind: CaseReviewKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: CaseReviewAgendaItemDto, isArray: true, description: 'By name' })
  items: CaseReviewAgendaItemDto[];
}

/** One team's case review agenda for a day: the patients as they stand now, and what was discussed that day. */
export class CaseReviewAgendaDto {
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty() careTeamName: string;
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ type: CaseReviewSectionDto, isArray: true, description: 'Every section, in the order of the meeting' })
  sections: CaseReviewSectionDto[];
}

export class CreateCaseReviewItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  careTeamId: string;

  @ApiProperty({ format: 'uuid', description: 'A patient of that team' })
  @IsUUID()
  patientId: string;

  @ApiProperty({ enum: CASE_REVIEW_KINDS })
  @IsIn(CASE_REVIEW_KINDS)
  kind: CaseReviewKind;

  @ApiProperty({ format: 'date', description: 'The clinic day of the meeting; not in the future' })
  @IsClinicalDate()
  on: string;

  @ApiProperty({ minLength: 1, maxLength: DECISION_NOTE_MAX_LENGTH, example: 'Taper approved; review in 2 weeks' })
  @IsString()
  @Length(1, DECISION_NOTE_MAX_LENGTH)
  decisionNote: string;
}

export class CaseReviewItemViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) careTeamId: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: CASE_REVIEW_KINDS }) kind: CaseReviewKind;
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty() decisionNote: string;
  @ApiProperty({ type: CaseReviewClinicianDto }) discussedBy: CaseReviewClinicianDto;
  @ApiProperty({ format: 'date-time' }) discussedAt: string;
}
