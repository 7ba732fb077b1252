import type { ReadinessSettings } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

export class ReadinessSettingsDto implements ReadinessSettings {
  @ApiProperty({ example: 180 })
  minDaysOnNaltrexone: number;

  @ApiProperty({ example: 90, description: 'No day of use in a relapse episode in this many days, and none ongoing' })
  relapseFreeDays: number;

  @ApiProperty({ example: 0.8 })
  minPdc: number;

  @ApiProperty({ example: 0.75 })
  minAttendance: number;

  @ApiProperty({ example: 90, description: 'The window PDC and attendance are measured over' })
  windowDays: number;

  @ApiProperty({ example: 15, description: 'The latest PACS must be below this' })
  maxPacsExclusive: number;
}
