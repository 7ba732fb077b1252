import { PassThrough } from 'node:stream';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { ApiException } from '../common/errors/api-exception.js';
import { LOGGER } from '../common/logging/logger.token.js';
import { AdherenceExportService, SYNC_EXPORT_MAX_PATIENTS } from './adherence-export.service.js';
import { AdherenceExportQuery, exportContentDisposition } from './dto/adherence-export-query.dto.js';
import { EXPORT_FILE_CONTENT } from './export-file-content.js';

@ApiTags('reports')
@ClinicalRoles()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly exports: AdherenceExportService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('adherence')
  @ApiOkResponse({
    description: 'The report as a download, streamed; the export is recorded as a disclosure',
    content: EXPORT_FILE_CONTENT,
  })
  @ApiBadRequestResponse({ description: 'A parameter is missing or invalid; details.fields names it' })
  @ApiForbiddenResponse({ description: 'CONSENT_REQUIRED: patients without consent for the recipient and purpose' })
  @ApiNotFoundResponse({ description: 'No such care team or patient among yours' })
  @ApiUnprocessableEntityResponse({
    description: `USE_BACKGROUND_EXPORT: more than ${SYNC_EXPORT_MAX_PATIENTS} patients; POST /api/exports instead`,
  })
  async adherence(
    @Query() query: AdherenceExportQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const prepared = await this.exports.prepare(query, principal);
    if (prepared.patientCount > SYNC_EXPORT_MAX_PATIENTS) {
      throw new ApiException(
        422,
        'USE_BACKGROUND_EXPORT',
        `The export covers ${prepared.patientCount} patients; exports of more than ${SYNC_EXPORT_MAX_PATIENTS} run in the background: POST /api/exports`,
        { patientCount: prepared.patientCount, limit: SYNC_EXPORT_MAX_PATIENTS, use: 'POST /api/exports' },
      );
    }
    if (prepared.patientId) request.auditPatientId = prepared.patientId;
    request.auditDetail = {
      format: prepared.format,
      patients: prepared.patientCount,
      disclosedToRecipient: prepared.recipient !== null,
    };

    const body = new PassThrough();
    void reply
      .header('content-type', prepared.contentType)
      .header('content-disposition', exportContentDisposition(prepared.fileName))
      .header('cache-control', 'no-store')
      .send(body);
    try {
      await this.exports.write(prepared, body);
    } catch (error) {
      // The status line is gone: the client sees a cut-off download, and nothing is recorded.
      this.logger.error({ err: error, reqId: request.id }, 'adherence export failed while streaming');
    }
  }
}
