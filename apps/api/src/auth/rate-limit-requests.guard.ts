import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/errors/api-exception.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import type { RequestCount } from './principal.js';

export const RATE_LIMITED = 'RATE_LIMITED';
// Load balancers poll it; it must answer even to a busy address.
const EXEMPT_ROUTES = new Set(['/api/health']);
const CLEAN_UP_EVERY_MS = 60_000;

interface WindowRow {
  hits: number;
  seconds_left: number;
}

/** The signed-in user, or the address of a caller who is not (yet). */
export function rateLimitPrincipal(request: FastifyRequest): string {
  return request.principal ? `clinician:${request.principal.clinicianId}` : `address:${request.ip}`;
}

/**
 * Requests per principal per minute, counted in the database so every instance shares the count:
 * one upsert per request into a fixed one-minute window, taken by the AuthGuard's principal
 * statement for signed-in callers. Registered after the AuthGuard (see app.factory.ts), so the
 * principal is known.
 */
@Injectable()
export class RateLimitRequestsGuard implements CanActivate, OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (EXEMPT_ROUTES.has(request.routeOptions.url ?? '')) return true;
    const count = request.requestCount ?? (await this.countByAddressOrPrincipal(request));
    if (count.hits <= this.config.rateLimitPerMinute) return true;
    throw new ApiException(429, RATE_LIMITED, 'Too many requests; try again shortly', {
      retryAfterSeconds: Math.max(1, count.secondsLeft),
    });
  }

  /** Counts a request the AuthGuard did not (a public route's): one upsert into this minute's window. */
  private async countByAddressOrPrincipal(request: FastifyRequest): Promise<RequestCount> {
    const [row]: WindowRow[] = await this.dataSource.query(
      `INSERT INTO request_rate_limit (window_started_at, principal, hits) VALUES (date_trunc('minute', now()), $1, 1)
       ON CONFLICT (window_started_at, principal) DO UPDATE SET hits = request_rate_limit.hits + 1
       RETURNING hits, ceil(extract(epoch FROM window_started_at + interval '1 minute' - now()))::integer AS seconds_left`,
      [rateLimitPrincipal(request)],
    );
    return { hits: row?.hits ?? 0, secondsLeft: row?.seconds_left ?? 60 };
  }

  onModuleInit(): void {
    // Never keeps the process alive by itself.
    this.timer = setInterval(() => void this.removePastWindows().catch(() => undefined), CLEAN_UP_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Forgets minutes that are over; every instance may run it, each run costs one indexed DELETE. */
  async removePastWindows(): Promise<void> {
    await this.dataSource.query(`DELETE FROM request_rate_limit WHERE window_started_at < date_trunc('minute', now())`);
  }
}
