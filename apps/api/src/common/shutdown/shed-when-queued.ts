import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { ErrorCode } from '../errors/error-code.js';

/** What the hook reads of pg's Pool (TypeORM types its driver's pool as `any`). */
interface PoolQueue {
  waitingCount: number;
}

/** Health answers whatever the load: a load balancer must still tell a busy instance from a dead one. */
const ALWAYS_SERVED = '/api/health';

/**
 * Refuses API requests with 503 SERVER_BUSY while more than `limit` requests already wait for a
 * database connection. Without it an overloaded instance queues without end and every caller
 * waits minutes; with it the excess is told at once to retry, and the rest are served in time.
 */
export function shedWhenQueued(fastify: FastifyInstance, dataSource: DataSource, limit: number): void {
  const pool: PoolQueue | undefined = (dataSource.driver as PostgresDriver).master;
  if (!pool) return;
  fastify.addHook('onRequest', async (request, reply) => {
    if (pool.waitingCount <= limit || !request.url.startsWith('/api/') || request.url === ALWAYS_SERVED) return;
    await reply.status(503).header('retry-after', '1').send({
      statusCode: 503,
      code: ErrorCode.ServerBusy,
      message: 'This instance is busy; retry the request shortly',
      requestId: request.id,
    });
    return reply;
  });
}
