import { MEASURE_IDS, type MeasureId } from '@naltrack/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MeasureTrendPointDto {
  @ApiProperty({ example: '2025-03', description: 'Calendar month, YYYY-MM' }) month: string;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty({ nullable: true, type: Number, description: 'numerator / denominator; null when nobody is counted' })
  rate: number | null;
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
}

export class MeasureResultDto {
  @ApiProperty({ enum: MEASURE_IDS }) id: MeasureId;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() source: string;
  @ApiProperty({ description: 'A falling rate is the good direction' }) lowerIsBetter: boolean;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty({ nullable: true, type: Number }) rate: number | null;
  @ApiProperty({
    enum: ['cohort_month', 'period_to_date'],
    description:
      'cohort_month: patients counted in the month of their index day; period_to_date: from `from` to each month end',
  })
  trendKind: 'cohort_month' | 'period_to_date';
  @ApiProperty({ type: MeasureTrendPointDto, isArray: true }) trend: MeasureTrendPointDto[];
  @ApiPropertyOptional({
    type: MeasurePatientDto,
    isArray: true,
    description: 'With include=patients: every patient in the denominator, in the numerator first',
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
