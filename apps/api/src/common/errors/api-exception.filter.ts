import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { routeOf } from '../logging/logger.js';
import { toErrorResponse } from './error-response.js';

/** Serves the dashboard's index.html for a client-side route; false when there is none to serve. */
export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/** The global filter: every failure leaves as `{statusCode, code, message, details?, requestId}`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly spaFallback?: SpaFallback,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();

    if (exception instanceof NotFoundException && this.spaFallback?.(request, reply)) return;

    const { body, unexpected } = toErrorResponse(exception);
    if (unexpected) {
      this.logger.error({ err: exception, reqId: request.id, url: routeOf(request) }, 'request failed');
    }
    const retryAfter = (body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (body.statusCode === 429 && retryAfter) void reply.header('retry-after', String(retryAfter));
    void reply.status(body.statusCode).send({ ...body, requestId: request.id });
  }
}
