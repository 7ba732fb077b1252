import { existsSync } from 'node:fs';
import path from 'node:path';
// Brings in the reply.sendFile typing that @fastify/static adds.
import type {} from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SpaFallback } from '../common/errors/api-exception.filter.js';

/**
 * Serves the built dashboard at `/` and answers its client-side routes with index.html.
 * Returns the fallback for the exception filter, or undefined when no build is present.
 */
export function serveWebApp(app: NestFastifyApplication, webDistDir: string): SpaFallback | undefined {
  if (!existsSync(path.join(webDistDir, 'index.html'))) return undefined;

  app.useStaticAssets({
    root: webDistDir,
    prefix: '/',
    // Vite fingerprints everything under assets/, so those may be cached for good.
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  return (request, reply) => {
    const isPageRequest = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api');
    if (!isPageRequest) return false;
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
