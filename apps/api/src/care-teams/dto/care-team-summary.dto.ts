import { ApiProperty } from '@nestjs/swagger';

export class CareTeamSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'north' })
  code: string;

  @ApiProperty({ example: 'North Clinic' })
  name: string;

  @ApiProperty({ description: 'Discontinuation also needs the team lead' })
  requireLeadApproval: boolean;

  @ApiProperty({ description: 'Patients in the team, any status' })
  patientCount: number;

  @ApiProperty({ description: 'Patients currently active on naltrexone' })
  activeCount: number;
}
