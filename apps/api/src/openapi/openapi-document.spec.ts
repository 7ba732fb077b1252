import type { OpenAPIObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { previewOpenApiDocument } from './preview-openapi-document.js';

const ERROR_SCHEMA = '#/components/schemas/ErrorResponseDto';

function operationsOf(document: OpenAPIObject) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      responses: (operation as { responses: Record<string, ResponseObject> }).responses,
    })),
  );
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await previewOpenApiDocument();
  }, 30_000);

  it('gives every operation a success response, with a schema for each content type but 204', () => {
    const undocumented = operationsOf(document).flatMap(({ name, responses }) => {
      const successes = Object.entries(responses).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) return [`${name}: no success response`];
      return successes.flatMap(([status, response]) => {
        if (status === '204') return response.content ? [`${name} 204: has content`] : [];
        const content = Object.entries(response.content ?? {});
        if (content.length === 0) return [`${name} ${status}: no content`];
        return content.filter(([, media]) => !media.schema).map(([type]) => `${name} ${status} ${type}: no schema`);
      });
    });
    expect(undocumented).toEqual([]);
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(57);
  });

  it('documents every failure with the one error schema, but the health check that answers its own report', () => {
    const failures = operationsOf(document).flatMap(({ name, responses }) =>
      Object.entries(responses)
        .filter(([status]) => status === 'default' || Number(status) >= 400)
        .map(([status, response]) => ({
          name: `${name} ${status}`,
          ref: (response.content?.['application/json']?.schema as { $ref?: string } | undefined)?.$ref,
        })),
    );
    expect(failures.filter(({ ref }) => ref !== ERROR_SCHEMA)).toEqual([
      { name: 'GET /api/health 503', ref: '#/components/schemas/HealthReportDto' },
    ]);
    expect(operationsOf(document).every(({ responses }) => responses.default)).toBe(true);
  });

  it('describes every JSON object it answers with its properties, never as a bare object', () => {
    const bare = Object.entries(document.components?.schemas ?? {}).flatMap(([name, schema]) =>
      Object.entries((schema as SchemaObject).properties ?? {})
        .filter(([, property]) => {
          const { type, properties, additionalProperties, items } = property as SchemaObject;
          const bareObject = (s: SchemaObject | undefined) =>
            s?.type === 'object' && !s.properties && s.additionalProperties === undefined && !s.allOf && !s.anyOf;
          return bareObject({ type, properties, additionalProperties }) || bareObject(items as SchemaObject);
        })
        .map(([property]) => `${name}.${property}`),
    );
    expect(bare).toEqual([]);
  });
});
