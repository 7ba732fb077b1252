import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HealthReport } from '@naltrack/domain';
import type { FastifyInstance, FastifyServerFactory } from 'fastify';
import { requestIdOf } from '../common/request-id.js';
import { securityHeaders } from '../common/security-headers.js';
import type { HealthService } from './health.service.js';
import { healthStatusCode } from './health-status.js';

const HEALTH_PATH = '/api/health';

/**
 * The headers of a JSON probe, as one flat list (Node walks no object for it: with the headers
 * given as an object, polls were answered a fifth slower). Not to be cached; its security headers:
 * nothing in it may run, be framed or be sniffed as HTML, and HTTPS stays pinned. The documents'
 * policies of the other answers (about 1 KB) would cost the load balancer's polls more than the
 * rest of the answer.
 */
function probeHeaders(): string[] {
  return [
    'cache-control',
    'no-store',
    'content-security-policy',
    "default-src 'none'; frame-ancestors 'none'",
    'strict-transport-security',
    securityHeaders()['strict-transport-security'] ?? 'max-age=31536000',
    'x-content-type-options',
    'nosniff',
  ];
}

function isHealthPoll(request: IncomingMessage): boolean {
  const url = request.url ?? '';
  const path = url.length === HEALTH_PATH.length ? url : url.split('?')[0];
  return path === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD');
}

/**
 * Answers GET /api/health in the HTTP server's own request listener, ahead of Fastify and all that
 * runs in it (its hooks, the plugins, Nest's router, guards and pipes), which cost several times
 * what the answer does. The server is Fastify's (its `serverFactory`), set up as Fastify sets up its
 * own; every other request goes to Fastify's handler. Until `serve` is called, while the server
 * shuts down (so the shutdown hook refuses the poll and the load balancer stops sending), and for a
 * cross-origin call (which needs its CORS headers), health goes the whole way too, where
 * HealthController answers it the same way.
 */
export class HealthFrontDoor {
  private health: HealthService | null = null;
  private readonly headers = probeHeaders();
  private closing = false;
  /** The last report and its body: a report is reused for up to a second, and so is its text. */
  private answered: { report: HealthReport; body: string; length: string } | null = null;

  readonly serverFactory: FastifyServerFactory<Server> = (handler, options) => {
    const server = createServer((request, response) => {
      if (this.health && !this.closing && request.headers.origin === undefined && isHealthPoll(request)) {
        this.answer(this.health, request, response, () => handler(request, response));
      } else handler(request, response);
    });
    // What Fastify does to a server it creates itself (lib/server.js).
    server.keepAliveTimeout = Number(options.keepAliveTimeout);
    server.requestTimeout = Number(options.requestTimeout);
    server.setTimeout(Number(options.connectionTimeout));
    if (Number(options.maxRequestsPerSocket) > 0) server.maxRequestsPerSocket = Number(options.maxRequestsPerSocket);
    return server;
  };

  /** Starts answering polls with the app's health; steps aside once the app starts closing. */
  serve(fastify: FastifyInstance, health: HealthService): void {
    this.health = health;
    fastify.addHook('preClose', async () => {
      this.closing = true;
    });
  }

  private answer(
    health: HealthService,
    request: IncomingMessage,
    response: ServerResponse,
    fallBack: () => void,
  ): void {
    health.check().then((report) => {
      if (this.answered?.report !== report) {
        const body = JSON.stringify(report);
        this.answered = { report, body, length: String(Buffer.byteLength(body)) };
      }
      const { body, length } = this.answered;
      response.writeHead(healthStatusCode(report), [
        ...this.headers,
        'x-request-id',
        requestIdOf(request),
        'content-type',
        'application/json; charset=utf-8',
        'content-length',
        length,
      ]);
      response.end(request.method === 'HEAD' ? undefined : body);
    }, fallBack);
  }
}
