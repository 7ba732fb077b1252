import type { FastifyInstance } from 'fastify';
import { securityHeaders } from '../common/security-headers.js';
import type { HealthService } from './health.service.js';
import { healthStatusCode } from './health-status.js';

const HEALTH_PATH = '/api/health';

/**
 * Answers GET /api/health from an onRequest hook, ahead of the plugins' hooks and of Nest's
 * router, guards and pipes, which cost several times what the answer does. Register it after the
 * hooks that set the request id and no-store and refuse requests while shutting down; it sets
 * the security headers itself. A cross-origin call (with an Origin header) goes the whole way,
 * for its CORS headers. HealthController documents the route and answers it the same way.
 */
export function serveHealthEarly(fastify: FastifyInstance, health: HealthService): void {
  const headers = securityHeaders();
  fastify.addHook('onRequest', async (request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.origin !== undefined) return;
    const path = request.url.length === HEALTH_PATH.length ? request.url : request.url.split('?')[0];
    if (path !== HEALTH_PATH) return;
    const report = await health.check();
    await reply.headers(headers).status(healthStatusCode(report)).send(report);
    return reply;
  });
}
