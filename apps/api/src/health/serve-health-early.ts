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
 * Answers GET /api/health from the first onRequest hook, ahead of the other hooks, the plugins'
 * and Nest's router, guards and pipes, which cost several times what the answer does: it sets the
 * request id and no-store the next hook would. While the server shuts down it steps aside, so the
 * shutdown hook refuses the poll and the load balancer stops sending. A cross-origin call (with
 * an Origin header) goes the whole way, for its CORS headers. HealthController documents the
 * route and answers it the same way.
 */
export function serveHealthEarly(fastify: FastifyInstance, health: HealthService): void {
  const headers = { ...probeHeaders(), 'cache-control': 'no-store' };
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    const path = request.url.length === HEALTH_PATH.length ? request.url : request.url.split('?')[0];
    const served = path === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD');
    if (!served || closing || request.headers.origin !== undefined) return done();
    health
      .check()
      .then(
        (report) =>
          reply.headers(headers).header('x-request-id', request.id).status(healthStatusCode(report)).send(report),
        done,
      );
  });
}
