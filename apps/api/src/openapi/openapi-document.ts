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

type Schema = Record<string, unknown>;

/**
 * Nest writes a nullable DTO property as `{nullable, type: object, allOf: [$ref]}`, which still
 * refuses null: `nullable` only widens a `type` of its own schema object, never an allOf
 * (https://spec.openapis.org/oas/v3.0.3#schema-object). Rewritten as "the DTO, or null".
 */
function withNullableRefs(schema: unknown): void {
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Schema;
  const allOf = node.allOf as Schema[] | undefined;
  if (node.nullable === true && allOf?.length === 1 && allOf[0]?.$ref) {
    delete node.allOf;
    delete node.type;
    delete node.nullable;
    node.anyOf = [allOf[0], { type: 'object', nullable: true, enum: [null] }];
  }
  for (const child of Object.values(node)) withNullableRefs(child);
}

/** The API's OpenAPI document, from the controllers and DTOs of an app (listening or not). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Naltrack API')
    .setDescription('Naltrexone treatment tracking. Records are protected under HIPAA and 42 CFR Part 2.')
    .setVersion('0.1.0')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseDto] });
  withNullableRefs(document.components?.schemas);
  return withErrorResponses(document);
}
