import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsClinicalDate } from '../../common/validation/is-clinical-date.js';

export const EXPORT_FORMATS = ['csv', 'pdf', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  fhir: 'application/fhir+json; charset=utf-8',
};

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', pdf: 'pdf', fhir: 'fhir.json' };

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * What an adherence export covers: a period, one care team or patient (else all of the caller's
 * teams) and, for a disclosure outside the care team, the recipient and purpose a consent must
 * name. Every field is a string, so the query can be kept as JSON by a background export.
 */
export class AdherenceExportQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;

  @ApiProperty({ format: 'date', description: 'First day of the period' })
  @IsClinicalDate()
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period, inclusive; days after today are left out' })
  @IsClinicalDate()
  to: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of your care teams; default all of them' })
  @IsOptional()
  @IsUUID()
  careTeamId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One patient of your care teams' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({
    description: 'Who receives the export outside the care team; every patient needs an active consent naming them',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  recipient?: string;

  @ApiPropertyOptional({ description: 'Why the records are disclosed; required with a recipient' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  purpose?: string;
}

/** The Content-Type an export is served with. */
export function exportContentType(format: ExportFormat): string {
  return EXPORT_CONTENT_TYPES[format];
}

/** A file name that names no patient: `adherence-<team|patient|all>-<from>-to-<to>.<ext>`. */
export function exportFileName(input: {
  format: ExportFormat;
  from: string;
  to: string;
  careTeamId?: string | null;
  patientId?: string | null;
}): string {
  const subject = input.patientId
    ? `patient-${input.patientId.slice(0, 8)}`
    : input.careTeamId
      ? `team-${input.careTeamId.slice(0, 8)}`
      : 'all-teams';
  return `adherence-${subject}-${input.from}-to-${input.to}.${EXTENSIONS[input.format]}`;
}

/** A Content-Disposition header value that downloads the export as a file. */
export function exportContentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
