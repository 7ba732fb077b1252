import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../audit-event.entity.js';

/** One link of the audit chain: who, which route, which patient (an id, never a name), the outcome. */
export class AuditEventDto {
  @ApiProperty({ pattern: '^[1-9][0-9]*$', description: 'Position in the chain, 1-based and gapless (a bigint)' })
  seq: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: Date;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  actorId: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The email at the time, or what a failed sign-in typed' })
  actorLabel: string | null;

  @ApiProperty({ example: 'GET /api/patients/:id', description: 'Method and route' })
  action: string;

  @ApiProperty({ nullable: true, type: String })
  resourceType: string | null;

  @ApiProperty({ nullable: true, type: String })
  resourceId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  patientId: string | null;

  @ApiProperty({ enum: AUDIT_OUTCOMES, description: 'denied: 401, 403, 404 and 429; failure: other errors' })
  outcome: AuditOutcome;

  @ApiProperty({ type: 'integer', nullable: true })
  statusCode: number | null;

  @ApiProperty({ nullable: true, type: String })
  ip: string | null;

  @ApiProperty({ nullable: true, type: String })
  requestId: string | null;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { anyOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    description: 'Non-clinical context, e.g. a break-glass reason or an export recipient',
  })
  detail: Record<string, string | number | boolean | null> | null;

  @ApiProperty({ description: 'Hash of the previous link' })
  prevHash: string;

  @ApiProperty({ description: 'sha256 of the previous hash and this link' })
  hash: string;
}

export class AuditEventPageDto {
  @ApiProperty({ type: AuditEventDto, isArray: true, description: 'Newest first' })
  items: AuditEventDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` for the next (older) page' })
  nextBefore: string | null;
}

/** The chain walked from its start. */
export class ChainVerificationDto {
  @ApiProperty()
  ok: boolean;

  @ApiProperty({ type: 'integer', description: 'Links checked' })
  checked: number;

  @ApiPropertyOptional({ description: 'seq of the first link whose hash, predecessor or position is wrong' })
  firstBrokenId?: string;
}
