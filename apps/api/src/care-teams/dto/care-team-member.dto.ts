import { ROLES, type Role } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

/** An active clinician of a team, as a colleague sees them: enough to give them a task. */
export class CareTeamMemberDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Nurse North Clinic (demo)' })
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];
}
