import {
  CASELOAD_FLAGS,
  MEASURE_IDS,
  type MeasureId,
  type MeasureKind,
  type MeasureUnit,
  type OutreachReason,
} from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MeasureDistributionDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median days (nearest rank: the lower middle value of an even count); null when none is measured',
  })
  median: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '90th percentile of days (nearest rank: the value at rank ceil(0.9 × n)); null when none is measured',
  })
  p90: number | null;
}

export class MeasureTrendPointDto {
  @ApiProperty({ example: '2025-03', description: 'Calendar month, YYYY-MM' }) month: string;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty({ nullable: true, type: Number, description: 'numerator / denominator; null when nobody is counted' })
  rate: number | null;
  @ApiPropertyOptional({
    type: MeasureDistributionDto,
    description: 'Distribution measures only: the percentiles of the month’s numerator',
  })
  distribution?: MeasureDistributionDto;
}

export class MeasurePatientDto {
  @ApiProperty({ format: 'uuid' }) patientId: string;
  @ApiProperty({ example: 'Sample, Ada' }) name: string;
  @ApiProperty() mrn: string;
  @ApiProperty() inNumerator: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'The value that decided; its meaning is per measure' })
  value: number | null;
  @ApiProperty({ example: 'PDC 83.3%' }) valueLabel: string;
  @ApiProperty({ format: 'date', description: 'The day the patient entered the measure (start, intake, first fill)' })
  indexOn: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Outreach measures only: the task counted (a patient may have several)',
  })
  taskId?: string;
  @ApiPropertyOptional({
    enum: [...CASELOAD_FLAGS, 'other'],
    description: 'Outreach measures only: why the task was opened',
  })
  reason?: OutreachReason;
}

export class MeasureResultDto {
  @ApiProperty({ enum: MEASURE_IDS }) id: MeasureId;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() source: string;
  @ApiProperty({ description: 'A falling rate (for a distribution, fewer days) is the good direction' })
  lowerIsBetter: boolean;
  @ApiProperty({
    enum: ['rate', 'distribution'],
    description:
      'rate: numerator / denominator; distribution: days, as `distribution` percentiles over the numerator (those it happened to), the rest of the denominator still waiting',
  })
  kind: MeasureKind;
  @ApiProperty({ enum: ['patient', 'task'], description: 'What the denominator counts: patients or outreach tasks' })
  unit: MeasureUnit;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty({ nullable: true, type: Number }) rate: number | null;
  @ApiProperty({
    enum: ['cohort_month', 'period_to_date'],
    description:
      'cohort_month: patients counted in the month of their index day; period_to_date: from `from` to each month end',
  })
  trendKind: 'cohort_month' | 'period_to_date';
  @ApiPropertyOptional({ type: MeasureDistributionDto, description: 'Distribution measures only: over the period' })
  distribution?: MeasureDistributionDto;
  @ApiProperty({ type: MeasureTrendPointDto, isArray: true }) trend: MeasureTrendPointDto[];
  @ApiPropertyOptional({
    type: MeasurePatientDto,
    isArray: true,
    description:
      'With include=patients: every patient (for an outreach measure, every task) in the denominator, in the numerator first',
  })
  patients?: MeasurePatientDto[];
}

export class MeasuresReportDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ format: 'date', description: 'The clinic day the record was read up to' }) asOf: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) careTeamId: string | null;
  @ApiProperty({ type: MeasureResultDto, isArray: true }) measures: MeasureResultDto[];
}
