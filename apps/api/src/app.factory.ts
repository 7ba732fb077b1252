import 'reflect-metadata';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { AuditService } from './audit/audit.service.js';
import { registerAuditHook } from './audit/audit-hook.js';
import { RateLimitRequestsGuard } from './auth/rate-limit-requests.guard.js';
import { ApiExceptionFilter } from './common/errors/api-exception.filter.js';
import { answerFrameworkError } from './common/errors/framework-error.js';
import { validationExceptionFactory } from './common/errors/validation-exception.factory.js';
import { PinoNestLogger } from './common/logging/logger.js';
import { requestIdOf } from './common/request-id.js';
import { sendSecurityHeaders } from './common/security-headers.js';
import { refuseWhileClosing } from './common/shutdown/refuse-while-closing.js';
import { shedWhenQueued } from './common/shutdown/shed-when-queued.js';
import { NestingDepthPipe } from './common/validation/nesting-depth.pipe.js';
import { StorableTextPipe } from './common/validation/storable-text.pipe.js';
import type { RuntimeConfig } from './config/runtime-config.js';
import { fastifyTrustProxy } from './config/trust-proxy.js';
import { HealthService } from './health/health.service.js';
import { HealthFrontDoor } from './health/health-front-door.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { ANSWER_COMPRESSION } from './web/answer-compression.js';
import { serveWebApp } from './web/serve-web-app.js';

/** Builds the whole HTTP application, ready to listen: used by `main.ts` and by the tests. */
export async function createApp(config: RuntimeConfig, logger: Logger): Promise<NestFastifyApplication> {
  const healthFrontDoor = new HealthFrontDoor();
  const adapter = new FastifyAdapter({
    serverFactory: healthFrontDoor.serverFactory,
    loggerInstance: logger,
    genReqId: requestIdOf,
    requestIdHeader: false,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: 1_048_576,
    // refuseWhileClosing answers in the error shape instead.
    return503OnClosing: false,
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });

  const fastify = app.getHttpAdapter().getInstance();
  // Load balancers poll it, and it needs none of what follows.
  healthFrontDoor.serve(fastify, app.get(HealthService));
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    // Patient data must not linger in browser or proxy caches.
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
  refuseWhileClosing(fastify);
  shedWhenQueued(fastify, app.get(DataSource), config.databaseQueueLimit);
  registerAuditHook(fastify, app.get(AuditService), logger);
  await app.register(fastifyCookie);
  // Browsers may call the API only from these origins; the dashboard itself is same-origin.
  await app.register(fastifyCors, { origin: config.corsOrigins, credentials: true });
  // Before any route is added: the plugin hooks each route as it is registered.
  await app.register(fastifyCompress, ANSWER_COMPRESSION);

  sendSecurityHeaders(fastify);
  app.setGlobalPrefix('api');
  // Global guards given here run after the AuthGuard (an APP_GUARD), so the limit counts per principal.
  app.useGlobalGuards(app.get(RateLimitRequestsGuard));
  app.useGlobalPipes(
    new NestingDepthPipe(),
    new StorableTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter(logger, await serveWebApp(app, config.webDistDir)));

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });

  return app;
}
