import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../errors/error-code.js';

const BODY_WAIT_MS = 2_000;

/**
 * Reads and drops a body the client is still sending: closing the connection with part of it
 * unread resets it, and the client sees a broken connection instead of the 503.
 */
async function bodyRead(raw: IncomingMessage): Promise<void> {
  if (raw.readableEnded) return;
  raw.resume();
  await Promise.race([once(raw, 'end'), new Promise((resolve) => setTimeout(resolve, BODY_WAIT_MS).unref())]);
}

/**
 * While the server drains at shutdown, a request that still arrives (on a kept-alive connection)
 * is refused in the error shape, with a code and its request id, rather than with Fastify's own
 * body (`return503OnClosing`, which must be off for this hook to see the request).
 */
export function refuseWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    await bodyRead(request.raw);
    await reply.status(503).header('connection', 'close').header('retry-after', '1').send({
      statusCode: 503,
      code: ErrorCode.ShuttingDown,
      message: 'This instance is shutting down; retry the request',
      requestId: request.id,
    });
    return reply;
  });
}
