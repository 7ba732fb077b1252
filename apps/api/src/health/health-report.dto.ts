import { ApiProperty } from '@nestjs/swagger';
import type { HealthReport } from '@naltrack/domain';

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';
}
