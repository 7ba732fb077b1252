import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/auth.decorators.js';
import { AuditService, type ChainVerification } from './audit.service.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditQueryDto } from './audit-query.dto.js';
import { AuditEventPageDto, ChainVerificationDto } from './dto/audit-event-page.dto.js';

@ApiTags('audit')
@Roles('auditor')
@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOkResponse({ type: AuditEventPageDto, description: 'Audit events, newest first; page with `before`' })
  async list(@Query() query: AuditQueryDto): Promise<{ items: AuditEvent[]; nextBefore: string | null }> {
    const limit = query.limit ?? 100;
    const builder = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.seq', 'DESC');
    if (query.patientId) builder.andWhere('e.patientId = :patientId', { patientId: query.patientId });
    if (query.actorId) builder.andWhere('e.actorId = :actorId', { actorId: query.actorId });
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.from) builder.andWhere('e.occurredAt >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.occurredAt < :to', { to: query.to });
    if (query.before) builder.andWhere('e.seq < :before', { before: query.before });
    const rows = await builder.limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    return { items, nextBefore: rows.length > limit ? (items.at(-1)?.seq ?? null) : null };
  }

  @Get('verify')
  @ApiOkResponse({
    type: ChainVerificationDto,
    description: 'The hash chain walked from the start, and held against the last signed checkpoint',
  })
  verify(): Promise<ChainVerification> {
    return this.audit.verify();
  }
}
