import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_FORMATS } from '../../reports/dto/adherence-export-query.dto.js';
import { EXPORT_JOB_STATUSES, type ExportJobStatus } from '../export-job.entity.js';

/** What the export covers, as asked (no patient data: ids, dates, recipient and purpose). */
export class ExportJobQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS }) format: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiPropertyOptional({ format: 'uuid' }) careTeamId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) patientId?: string;
  @ApiPropertyOptional() recipient?: string;
  @ApiPropertyOptional() purpose?: string;
}

export class ExportJobViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EXPORT_JOB_STATUSES }) status: ExportJobStatus;
  @ApiProperty({ description: 'Rows written so far' }) rowsDone: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Rows the export will have' }) rowsTotal: number | null;
  @ApiProperty({ nullable: true, type: Number }) patientsTotal: number | null;
  @ApiProperty({ type: ExportJobQueryDto }) query: ExportJobQueryDto;
  @ApiProperty({ nullable: true, type: String, description: 'Why the export failed, when it did' })
  errorCode: string | null;
  @ApiProperty({ nullable: true, type: String }) errorMessage: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where to download the file once done' })
  downloadUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) fileName: string | null;
  @ApiProperty({ nullable: true, type: Number }) byteSize: number | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) finishedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When the job and its file are deleted' })
  expiresAt: Date | null;
}
