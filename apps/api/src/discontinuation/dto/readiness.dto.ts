import { READINESS_ITEMS, type ReadinessItemId, ROLES, type Role } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

export class ReadinessItemDto {
  @ApiProperty({ enum: READINESS_ITEMS }) id: ReadinessItemId;
  @ApiProperty({ example: 'Days on naltrexone' }) label: string;
  @ApiProperty() met: boolean;
  @ApiProperty({
    anyOf: [{ type: 'string', nullable: true }, { type: 'number' }],
    description: 'What the record shows; null when it shows nothing (which never meets the target)',
  })
  value: string | number | null;
  @ApiProperty({ example: '≥ 180' }) target: string;
}

/** The readiness checklist shown to approvers: information, not a gate. */
export class ReadinessDto {
  @ApiProperty() ready: boolean;
  @ApiProperty({ type: ReadinessItemDto, isArray: true }) items: ReadinessItemDto[];
}

export class RequiredApprovalDto {
  @ApiProperty({ enum: ROLES }) role: Role;
}
