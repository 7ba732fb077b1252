import {
  COPING_SKILLS,
  type CopingSkill,
  SESSION_MODALITIES,
  SESSION_OUTCOMES,
  SESSION_STATUSES,
  SESSION_TYPES,
  type SessionModality,
  type SessionStatus,
  type SessionType,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID, isISO8601, ValidateBy } from 'class-validator';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date and time with its UTC offset. Without an offset the instant would depend on
 * the server's zone, so `2026-11-30T15:00` and a bare date are refused.
 */
function IsInstantWithOffset(): PropertyDecorator {
  return ValidateBy({
    name: 'isInstantWithOffset',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        WITH_OFFSET.test(value) &&
        isISO8601(value, { strict: true }) &&
        !Number.isNaN(Date.parse(value)),
      defaultMessage: () => '$property must be a date and time with its UTC offset, e.g. 2026-11-30T15:00:00-05:00',
    },
  });
}

export class CreateTherapySessionDto {
  @ApiProperty({
    example: '2026-11-30T15:00:00-05:00',
    format: 'date-time',
    description: "An instant with its UTC offset; from the patient's birth to one year ahead",
  })
  @IsInstantWithOffset()
  scheduledAt: string;

  @ApiProperty({ enum: SESSION_TYPES, example: 'individual' })
  @IsIn(SESSION_TYPES)
  type: SessionType;

  @ApiPropertyOptional({ enum: SESSION_MODALITIES, example: 'video' })
  @IsOptional()
  @IsIn(SESSION_MODALITIES)
  modality?: SessionModality;

  @ApiPropertyOptional({ format: 'uuid', description: 'The clinician who holds the session; must exist' })
  @IsOptional()
  @IsUUID()
  clinicianId?: string;
}

export class UpdateTherapySessionDto {
  @ApiProperty({
    enum: SESSION_OUTCOMES,
    example: 'attended',
    description: 'attended, late and no_show only once the session has begun',
  })
  @IsIn(SESSION_OUTCOMES)
  status: SessionStatus;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', enum: [...COPING_SKILLS] },
    maxItems: COPING_SKILLS.length,
    example: ['urge_surfing', 'refusal_skills'],
    description: 'The coping skills practiced in the session, each once; replaces those recorded before',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COPING_SKILLS.length)
  @ArrayUnique()
  @IsIn(COPING_SKILLS, { each: true })
  copingSkills?: CopingSkill[];
}

export class TherapySessionViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt: Date;
  @ApiProperty({ format: 'date', description: 'Clinic day of scheduledAt' }) scheduledOn: string;
  @ApiProperty({ enum: SESSION_TYPES }) type: SessionType;
  @ApiProperty({ enum: [...SESSION_MODALITIES, null], nullable: true }) modality: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) clinicianId: string | null;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...COPING_SKILLS] }, nullable: true })
  copingSkills: CopingSkill[] | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt: Date;
}
