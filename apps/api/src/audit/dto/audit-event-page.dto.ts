import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHECKPOINT_STATUSES, type CheckpointStatus } from '../audit.service.js';
import { AUDIT_OUTCOMES, type AuditOutcome, HASH_ALGS, type HashAlg } from '../audit-event.entity.js';

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

  @ApiProperty({ description: 'Hash of the previous hash and this link, as hashAlg says' })
  hash: string;

  @ApiProperty({
    enum: HASH_ALGS,
    description: 'hmac-sha256: keyed with a secret held outside the database; sha256: written before the key',
  })
  hashAlg: HashAlg;
}

export class AuditEventPageDto {
  @ApiProperty({ type: AuditEventDto, isArray: true, description: 'Newest first' })
  items: AuditEventDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` for the next (older) page' })
  nextBefore: string | null;
}

/** The chain held against the last signed checkpoint written outside the database. */
export class CheckpointCheckDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'seq of the newest link when the checkpoint was written; null without a valid checkpoint',
  })
  id: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the checkpoint was written' })
  at: string | null;

  @ApiProperty({
    enum: CHECKPOINT_STATUSES,
    description:
      'ok: the chain holds that link unchanged; missing_events: links up to it were deleted; hash_mismatch: it was ' +
      're-hashed or rewritten; invalid_signature: the checkpoint file was altered; none: no checkpoint yet',
  })
  status: CheckpointStatus;
}

/** The chain walked from its start, and held against the last checkpoint. */
export class ChainVerificationDto {
  @ApiProperty({ description: 'Every link verified and the checkpoint, if any, matches' })
  ok: boolean;

  @ApiProperty({ type: 'integer', description: 'Links checked' })
  checked: number;

  @ApiPropertyOptional({ description: 'seq of the first link whose hash, predecessor or position is wrong' })
  firstBrokenId?: string;

  @ApiProperty({ type: CheckpointCheckDto })
  checkpoint: CheckpointCheckDto;
}
