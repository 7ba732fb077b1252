import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { pino } from 'pino';
import { AppModule } from '../app.module.js';
import { validateConfig } from '../config/validate-config.js';
import { buildOpenApiDocument } from './openapi-document.js';

/**
 * The document `GET /api/openapi.json` serves, built without a database: Nest's preview mode reads
 * the modules' metadata and instantiates no provider, so nothing connects or starts.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const config = { ...validateConfig({ DEMO: 'false' }), databaseUrl: 'postgres://unused', databasePoolSize: 1 };
  const app = await NestFactory.create(AppModule.register(config, pino({ level: 'silent' })), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  // The same prefix as createApp's.
  app.setGlobalPrefix('api');
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
