// The baseline of the health figure: Fastify with one route answering the API's health JSON,
// no hooks, plugins or database. Started by run-bench.ts with the port to listen on.
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const server = Fastify({ logger: false });
server.get('/api/health', async () => ({ status: 'ok', database: 'up' }));
await server.listen({ port, host: '127.0.0.1' });
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
