import { PassThrough } from 'node:stream';
import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ClinicalRoles } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { LOGGER } from '../common/logging/logger.token.js';
import { CaseReviewService } from './case-review.service.js';
import {
  CaseReviewAgendaDto,
  CaseReviewItemViewDto,
  CaseReviewQueryDto,
  CreateCaseReviewItemDto,
} from './dto/case-review.dto.js';
import { writeCaseReviewPdf } from './pdf/case-review-pdf.js';

@ApiTags('case-review')
@ApiNotFoundResponse({ description: 'No such care team or patient among yours' })
@ClinicalRoles()
@Controller('case-review')
export class CaseReviewController {
  constructor(
    private readonly caseReview: CaseReviewService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get()
  @ApiOkResponse({ type: CaseReviewAgendaDto, description: "A team's agenda for a day, with what was discussed" })
  @ApiBadRequestResponse({ description: 'careTeamId or on is missing or invalid; details.fields names it' })
  async agenda(
    @Query() query: CaseReviewQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<CaseReviewAgendaDto> {
    const agenda = await this.caseReview.agenda(query.careTeamId, query.on, principal);
    request.auditDetail = { careTeamId: agenda.careTeamId, on: agenda.on };
    return agenda;
  }

  @Get('agenda.pdf')
  @ApiOkResponse({
    description: 'The agenda as a printable PDF, streamed; the Part 2 notice on every page',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiBadRequestResponse({ description: 'careTeamId or on is missing or invalid; details.fields names it' })
  async agendaPdf(
    @Query() query: CaseReviewQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const agenda = await this.caseReview.agenda(query.careTeamId, query.on, principal);
    request.auditDetail = { careTeamId: agenda.careTeamId, on: agenda.on, format: 'pdf' };
    const body = new PassThrough();
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="case-review-${agenda.on}.pdf"`)
      .header('cache-control', 'no-store')
      .send(body);
    try {
      await writeCaseReviewPdf(agenda, body);
    } catch (error) {
      // The status line is gone: the client sees a cut-off download.
      this.logger.error({ err: error, reqId: request.id }, 'case review PDF failed while streaming');
    }
  }

  @Post('items')
  @ApiCreatedResponse({ type: CaseReviewItemViewDto, description: 'The decision, stored' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid, or on is in the future' })
  @ApiForbiddenResponse({ description: "Only the team's lead records decisions" })
  @ApiConflictResponse({ description: 'CASE_REVIEW_ALREADY_DISCUSSED: this item was discussed at this meeting' })
  async discuss(
    @Body() dto: CreateCaseReviewItemDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<CaseReviewItemViewDto> {
    request.auditPatientId = dto.patientId;
    request.auditDetail = { careTeamId: dto.careTeamId, kind: dto.kind, on: dto.on };
    return this.caseReview.discuss(dto, principal);
  }
}
