import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  type ResponseObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';

const ERROR_CONTENT = { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } };

/**
 * Every failure leaves through one exception filter with one body, so the error schema is applied
 * here once: as each operation's `default` response and as the body of its documented 4xx/5xx.
 */
function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem)) {
      const responses = (operation as { responses?: Record<string, ResponseObject> }).responses;
      if (!responses) continue;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && !response.content) response.content = ERROR_CONTENT;
      }
      responses.default = {
        description: 'An error: `{statusCode, code, message, details?, requestId}`',
        content: ERROR_CONTENT,
      };
    }
  }
  return document;
}

/** The API's OpenAPI document, from the controllers and DTOs of an app (listening or not). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Naltrack API')
    .setDescription('Naltrexone treatment tracking. Records are protected under HIPAA and 42 CFR Part 2.')
    .setVersion('0.1.0')
    .build();
  return withErrorResponses(SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseDto] }));
}
