import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { finalize, type Observable } from 'rxjs';
import { RecentWrites } from './recent-writes.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Notes each clinician's writes (any request but a read) as they start and again once answered,
 * for ReportsReader's read-your-writes rule: the second note comes after the commit, the first
 * covers reads sent while the write is still running.
 */
@Injectable()
export class RecordWritesInterceptor implements NestInterceptor {
  constructor(private readonly writes: RecentWrites) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const clinicianId = request.principal?.clinicianId;
    if (!clinicianId || READS.has(request.method)) return next.handle();
    this.writes.record(clinicianId);
    return next.handle().pipe(finalize(() => this.writes.record(clinicianId)));
  }
}
