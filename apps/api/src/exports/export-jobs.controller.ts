import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { uuidParam } from '../common/validation/uuid-param.js';
import { AdherenceExportQuery, exportContentDisposition } from '../reports/dto/adherence-export-query.dto.js';
import { EXPORT_FILE_CONTENT } from '../reports/export-file-content.js';
import { ExportJobViewDto } from './dto/export-job-view.dto.js';
import { ExportJobsService } from './export-jobs.service.js';

@ApiTags('exports')
@ClinicalRoles()
@Controller('exports')
export class ExportJobsController {
  constructor(private readonly jobs: ExportJobsService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ExportJobViewDto, description: 'Queued; Location names the job to poll' })
  @ApiBadRequestResponse({ description: 'A field of the query is invalid; details.fields names it' })
  async create(
    @Body() query: AdherenceExportQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExportJobViewDto> {
    request.auditDetail = { format: query.format, disclosedToRecipient: Boolean(query.recipient?.trim()) };
    const job = await this.jobs.create(query, principal);
    void reply.header('location', `/api/exports/${job.id}`);
    return job;
  }

  @Get()
  @ApiOkResponse({ type: ExportJobViewDto, isArray: true, description: 'Your recent exports, newest first' })
  list(@CurrentPrincipal() principal: Principal): Promise<ExportJobViewDto[]> {
    return this.jobs.list(principal);
  }

  @Get(':id')
  @ApiOkResponse({ type: ExportJobViewDto })
  @ApiNotFoundResponse({ description: 'No such export, or not yours' })
  get(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<ExportJobViewDto> {
    return this.jobs.get(id, principal);
  }

  @Get(':id/download')
  @ApiOkResponse({ description: 'The file, streamed from the database', content: EXPORT_FILE_CONTENT })
  @ApiNotFoundResponse({ description: 'No such export, not yours, or holding patients you no longer see' })
  @ApiForbiddenResponse({ description: 'CONSENT_REQUIRED: a consent of the disclosure was revoked or expired since' })
  @ApiConflictResponse({ description: 'The export has not finished' })
  async download(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const file = await this.jobs.download(id, principal);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: exportContentDisposition(file.fileName),
      length: file.byteSize,
    });
  }
}
