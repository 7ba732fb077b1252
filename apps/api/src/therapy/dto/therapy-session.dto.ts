import { SESSION_STATUSES, SESSION_TYPES, type SessionStatus, type SessionType } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';

export const SESSION_MODALITIES = ['in_person', 'video', 'phone'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];

/** Outcomes a clinician records; `scheduled` is where every session starts. */
export const SESSION_OUTCOMES = SESSION_STATUSES.filter((status) => status !== 'scheduled');

export class CreateTherapySessionDto {
  @ApiProperty({ example: '2026-11-30T15:00:00-05:00', description: 'An instant with its UTC offset' })
  @IsISO8601({ strict: true })
  scheduledAt: string;

  @ApiProperty({ enum: SESSION_TYPES })
  @IsIn(SESSION_TYPES)
  type: SessionType;

  @ApiPropertyOptional({ enum: SESSION_MODALITIES })
  @IsOptional()
  @IsIn(SESSION_MODALITIES)
  modality?: SessionModality;

  @ApiPropertyOptional({ format: 'uuid', description: 'The clinician who holds the session' })
  @IsOptional()
  @IsUUID()
  clinicianId?: string;
}

export class UpdateTherapySessionDto {
  @ApiProperty({ enum: SESSION_OUTCOMES })
  @IsIn(SESSION_OUTCOMES)
  status: SessionStatus;
}

export class TherapySessionViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty() scheduledAt: Date;
  @ApiProperty({ format: 'date', description: 'Clinic day of scheduledAt' }) scheduledOn: string;
  @ApiProperty({ enum: SESSION_TYPES }) type: SessionType;
  @ApiPropertyOptional({ enum: SESSION_MODALITIES, nullable: true }) modality: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) clinicianId: string | null;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
