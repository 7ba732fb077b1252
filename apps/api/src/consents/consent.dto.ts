import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { IsClinicalDate } from '../common/validation/is-clinical-date.js';

/** What a consent may cover, by record group. */
export const CONSENT_SCOPES = [
  'demographics',
  'medication',
  'adherence',
  'attendance',
  'observations',
  'drug_screens',
  'relapses',
  'discontinuation',
] as const;

export class CreateConsentDto {
  @ApiProperty({ example: 'Acme Health Plan', description: 'Who may receive the records' })
  @IsString()
  @Length(2, 200)
  recipient: string;

  @ApiProperty({ example: 'payment', description: 'Why they may receive them' })
  @IsString()
  @Length(2, 200)
  purpose: string;

  @ApiProperty({ enum: CONSENT_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CONSENT_SCOPES.length)
  @ArrayUnique()
  @IsIn(CONSENT_SCOPES, { each: true })
  scope: string[];

  @ApiProperty({ format: 'date' })
  @IsClinicalDate()
  effectiveOn: string;

  @ApiProperty({ format: 'date', description: 'Part 2 consents must say when they end' })
  @IsClinicalDate()
  expiresOn: string;
}

export class ConsentViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty() recipient: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ enum: CONSENT_SCOPES, isArray: true }) scope: string[];
  @ApiProperty({ format: 'date' }) effectiveOn: string;
  @ApiProperty({ format: 'date' }) expiresOn: string;
  @ApiPropertyOptional({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) revokedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'In force today: effective, not expired, not revoked' }) active: boolean;
}
