import type { FastifyInstance } from 'fastify';
import { securityHeaders } from '../common/security-headers.js';
import type { HealthService } from './health.service.js';
import { healthStatusCode } from './health-status.js';

const HEALTH_PATH = '/api/health';

/**
 * The security headers of a JSON probe: nothing in it may run, be framed or be sniffed as HTML, and
 * HTTPS stays pinned. The document policies of the other answers (about 1 KB) would cost the load
 * balancer's polls more than the rest of the answer.
 */
export function probeHeaders(): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'strict-transport-security': securityHeaders()['strict-transport-security'] ?? 'max-age=31536000',
    'x-content-type-options': 'nosniff',
  };
}

/**
 * Answers GET /api/health from an onRequest hook, ahead of the plugins' hooks and of Nest's
 * router, guards and pipes, which cost several times what the answer does. Register it after the
 * hooks that set the request id and no-store and refuse requests while shutting down. A
 * cross-origin call (with an Origin header) goes the whole way, for its CORS headers.
 * HealthController documents the route and answers it the same way.
 */
export function serveHealthEarly(fastify: FastifyInstance, health: HealthService): void {
  const headers = probeHeaders();
  fastify.addHook('onRequest', async (request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.origin !== undefined) return;
    const path = request.url.length === HEALTH_PATH.length ? request.url : request.url.split('?')[0];
    if (path !== HEALTH_PATH) return;
    const report = await health.check();
    await reply.headers(headers).status(healthStatusCode(report)).send(report);
    return reply;
  });
}
