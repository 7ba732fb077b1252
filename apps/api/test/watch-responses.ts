import type { FastifyInstance } from 'fastify';
import type { ResponseContract } from './response-contract.js';

/**
 * Checks every answer the server sends against the contract, whoever asked, and collects what is
 * off it (the answer itself goes out unchanged). Streamed bodies are checked for status and type.
 */
export function watchResponses(fastify: FastifyInstance, contract: ResponseContract): string[] {
  const breaches: string[] = [];
  fastify.addHook('onSend', async (request, reply, payload) => {
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    const json = /[/+]json\b/.test(String(reply.getHeader('content-type') ?? ''));
    try {
      contract.check(request.method.toLowerCase(), new URL(request.url, 'http://test').pathname, {
        status: reply.statusCode,
        headers: reply.getHeaders(),
        body: text === null ? undefined : json && text !== '' ? JSON.parse(text) : text,
      });
    } catch (error) {
      breaches.push(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return payload;
  });
  return breaches;
}
