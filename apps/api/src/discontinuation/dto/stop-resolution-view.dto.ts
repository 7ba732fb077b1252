import { ApiProperty } from '@nestjs/swagger';
import { STOP_RESOLUTIONS, type StopResolutionKind } from '../stop-resolution.entity.js';

/** How a "stopped without team approval" flag was resolved; kept for the record. */
export class StopResolutionViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ enum: STOP_RESOLUTIONS }) resolution: StopResolutionKind;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date', description: 'Clinic day of the resolution' }) resolvedOn: string;
  @ApiProperty({ format: 'uuid', description: 'The clinician who resolved it' }) resolvedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}
