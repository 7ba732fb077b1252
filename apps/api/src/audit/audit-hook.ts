import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AuditService } from './audit.service.js';
import type { AuditOutcome } from './audit-event.entity.js';

// Liveness probes and API docs carry no patient data and would flood the trail.
const UNAUDITED = [/^\/api\/health/, /^\/api\/docs/, /^\/api\/openapi\./];
const DENIALS = new Set([401, 403, 404, 429]);

function outcomeOf(statusCode: number): AuditOutcome {
  if (statusCode < 400) return 'success';
  return DENIALS.has(statusCode) ? 'denied' : 'failure';
}

/** The resource a route is about: `/api/patients/:id/adherence` → patients. */
function resourceTypeOf(route: string): string | null {
  return /^\/api\/([^/]+)/.exec(route)?.[1] ?? null;
}

/**
 * Appends one audit event per API request once its answer is known and before it is sent: who,
 * which route, which patient, the outcome and status — never bodies or query strings, so never
 * clinical values. The answer waits for the event's commit (concurrent requests share one write).
 * Should the write fail, the answer still goes out and the failure is logged: refusing it then
 * would not undo a write that already committed.
 */
export function registerAuditHook(fastify: FastifyInstance, audit: AuditService, logger: Logger): void {
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || UNAUDITED.some((pattern) => pattern.test(path))) return payload;
    const route = request.routeOptions.url ?? path;
    const params = (request.params ?? {}) as Record<string, string>;
    const patientId =
      request.auditPatientId ??
      (route.startsWith('/api/patients/:id') && /^[0-9a-f-]{36}$/i.test(params.id ?? '') ? params.id : null);
    try {
      await audit.append({
        actorId: request.principal?.clinicianId ?? null,
        actorLabel: request.principal?.email ?? request.auditActorLabel ?? null,
        action: `${request.method} ${route}`,
        resourceType: resourceTypeOf(route),
        resourceId: params.id ?? params.tokenId ?? null,
        patientId: patientId ?? null,
        outcome: outcomeOf(reply.statusCode),
        statusCode: reply.statusCode,
        ip: request.ip,
        requestId: request.id,
        detail: request.auditDetail ?? null,
      });
    } catch (error) {
      logger.error({ err: error, reqId: request.id }, 'audit event could not be written');
    }
    return payload;
  });
}
