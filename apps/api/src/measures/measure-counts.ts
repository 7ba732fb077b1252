import type { MeasureDistribution, MeasureTrendPoint } from '@naltrack/domain';
import type { MeasurePatientDto } from './dto/measures-report.dto.js';

/** One measure's result before it is dressed with its definition. */
export interface MeasureCounts {
  numerator: number;
  denominator: number;
  trend: (MeasureTrendPoint & { distribution?: MeasureDistribution })[];
  /** Distribution measures only. */
  distribution?: MeasureDistribution;
  patients: MeasurePatientDto[];
}
