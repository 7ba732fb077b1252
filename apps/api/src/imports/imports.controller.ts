import type { Readable } from 'node:stream';
import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ImportReportDto } from './dto/import-report.dto.js';
import { IMPORT_FORMATS, type ImportFormat } from './import-records.js';
import { IMPORT_BODY_LIMIT, ImportsService } from './imports.service.js';

function formatOf(contentType: string | undefined): ImportFormat {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const format = IMPORT_FORMATS[media as keyof typeof IMPORT_FORMATS];
  if (!format) {
    throw new ApiException(415, ErrorCode.UnsupportedMediaType, 'Send the import as text/csv or application/x-ndjson');
  }
  return format;
}

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(200)
  @Roles('prescriber', 'nurse', 'therapist')
  @ApiConsumes(...Object.keys(IMPORT_FORMATS))
  @ApiBody({
    description:
      'One row per record: `record` (medication_event or therapy_session), `patientId` or `mrn`, then the ' +
      'fields of POST /patients/:id/medication-events or /therapy-sessions (a session may carry its `status`). ' +
      'CSV has a header row.',
    schema: { type: 'string' },
  })
  @ApiOkResponse({ type: ImportReportDto, description: 'Valid rows are written in batches; the others are listed' })
  @ApiForbiddenResponse({ description: 'Only prescribers, nurses and therapists import' })
  @ApiPayloadTooLargeResponse({ description: 'The body is larger than 64 MB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Neither text/csv nor application/x-ndjson' })
  async import(@Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal): Promise<ImportReportDto> {
    const format = formatOf(request.headers['content-type']);
    if (Number(request.headers['content-length'] ?? 0) > IMPORT_BODY_LIMIT) {
      throw new ApiException(413, ErrorCode.PayloadTooLarge, 'An import may be at most 64 MB; split the file');
    }
    const report = await this.imports.import(request.body as Readable, format, principal);
    // One audit event for the whole import, with its counts (never its clinical values).
    request.auditDetail = {
      rowsRead: report.rowsRead,
      rowsImported: report.rowsImported,
      errorCount: report.errorCount,
    };
    return report;
  }
}
