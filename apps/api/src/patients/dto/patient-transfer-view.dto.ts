import { ApiProperty } from '@nestjs/swagger';

export class PatientTransferViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ format: 'uuid' }) fromCareTeamId: string;
  @ApiProperty({ format: 'uuid' }) toCareTeamId: string;
  @ApiProperty({ format: 'uuid' }) clinicianId: string;
  @ApiProperty() clinicianEmail: string;
  @ApiProperty({ format: 'date-time' }) transferredAt: Date;
}
