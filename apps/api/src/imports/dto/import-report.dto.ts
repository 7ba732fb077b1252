import { ApiProperty } from '@nestjs/swagger';

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Line of the file the row starts on (the CSV header is line 1)' }) line: number;
  @ApiProperty({ nullable: true, type: String, description: 'The field at fault; null when the whole row is' })
  field: string | null;
  @ApiProperty() message: string;
}

export class ImportReportDto {
  @ApiProperty({ description: 'Data rows read (blank NDJSON lines and the CSV header not counted)' })
  rowsRead: number;
  @ApiProperty({ description: 'Rows written; every other row is in errors' }) rowsImported: number;
  @ApiProperty({ description: 'Rows refused, with one entry per field at fault' }) errorCount: number;
  @ApiProperty({ type: ImportRowErrorDto, isArray: true, description: 'The first 100 errors, in line order' })
  errors: ImportRowErrorDto[];
}
