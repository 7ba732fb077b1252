import type { HealthReport, ReplicaState } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';

  @ApiPropertyOptional({
    enum: ['up', 'lagging', 'down'],
    description: 'The read replica (absent without REPORTS_DATABASE_URL); unless up, its reads go to the primary',
  })
  replica?: ReplicaState;
}
