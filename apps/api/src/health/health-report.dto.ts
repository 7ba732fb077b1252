import type { HealthReport } from '@naltrack/domain';
import { ApiProperty } from '@nestjs/swagger';

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';
}
