import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SpaFallback } from '../common/errors/api-exception.filter.js';

/**
 * Serves the built dashboard at `/` and answers its client-side routes with index.html.
 * Returns the fallback for the exception filter, or undefined when no build is present.
 */
export async function serveWebApp(app: NestFastifyApplication, webDistDir: string): Promise<SpaFallback | undefined> {
  if (!existsSync(path.join(webDistDir, 'index.html'))) return undefined;

  // Registered directly rather than through app.useStaticAssets, whose typing of setHeaders
  // predates @fastify/static 10 (it passes the Fastify reply).
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    // The build writes a .br and a .gz beside each file: sent as they are to a client that accepts
    // them (index.html too), never compressed again per request.
    preCompressed: true,
    // Vite fingerprints everything under assets/, so those may be cached for good.
    setHeaders: (reply, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      void reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  return (request, reply) => {
    const isPageRequest = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api');
    if (!isPageRequest) return false;
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
