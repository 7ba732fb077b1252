import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response, Test } from 'supertest';

const DOCUMENT_ID = 'openapi.json';
/** Where the document and Swagger UI are served (see createApp). */
const OWN_ROUTES = /^\/api\/(openapi\.(json|yaml)|docs(\/|$))/;

interface DocumentedResponse {
  content?: Record<string, { schema?: unknown }>;
}

/** What the check reads of an answer: supertest's Response, or what the server is about to send. */
export interface ReceivedResponse {
  status: number;
  headers: Record<string, unknown>;
  /** Parsed JSON or the text sent; undefined when the body is a stream the check cannot read. */
  body: unknown;
}

interface PathTemplate {
  template: string;
  pattern: RegExp;
  /** Segments without a parameter: `/exports/verify` beats `/exports/{id}`. */
  literals: number;
}

/** `~` and `/` escaped for a JSON pointer (RFC 6901). */
const pointerPart = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

function templateOf(template: string): PathTemplate {
  const segments = template.split('/');
  const pattern = segments
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('/');
  return {
    template,
    pattern: new RegExp(`^${pattern}$`),
    literals: segments.filter((segment) => !segment.startsWith('{')).length,
  };
}

/**
 * Checks every response a test receives against the OpenAPI document: the operation must list the
 * status (errors fall back to `default`) and the content type, and a JSON body must match the
 * documented schema. Failing responses fail the test with the operation, status and ajv's errors.
 */
export class ResponseContract {
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  private readonly templates: PathTemplate[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats.default(this.ajv);
    // OpenAPI's own words around the schemas: accepted, not validated.
    this.ajv.addVocabulary(['openapi', 'info', 'tags', 'servers', 'paths', 'components', 'example', 'xml']);
    this.ajv.addSchema(
      { openapi: document.openapi, paths: document.paths, components: document.components },
      DOCUMENT_ID,
    );
    this.templates = Object.keys(document.paths)
      .map(templateOf)
      .sort((a, b) => b.literals - a.literals);
  }

  /** Adds the check to a request; supertest runs it on the response whether the test awaits or ends it. */
  enforce(test: Test): Test {
    const method = test.method.toLowerCase();
    const path = new URL(test.url).pathname;
    return test.expect((response: Response) => this.check(method, path, response));
  }

  /** Throws when the answer to `method` `path` is not what the document describes. */
  check(method: string, path: string, response: ReceivedResponse): void {
    // Only the API is documented: not the dashboard, nor the document and its viewer themselves.
    if (!path.startsWith('/api/') || OWN_ROUTES.test(path)) return;
    const template = this.templates.find((candidate) => candidate.pattern.test(path))?.template;
    const operation = template ? this.document.paths[template]?.[method as 'get'] : undefined;
    const label = `${method.toUpperCase()} ${template ?? path}`;
    if (!template || !operation) {
      // Unknown routes may only answer errors, in the one error shape.
      if (response.status < 400) throw new Error(`${label} answered ${response.status} but is not documented`);
      this.checkBody(label, response, '#/components/schemas/ErrorResponseDto');
      return;
    }
    const responses = operation.responses as Record<string, DocumentedResponse>;
    const status = String(response.status) in responses ? String(response.status) : 'default';
    const documented = responses[status];
    if (!documented || (status === 'default' && response.status < 400)) {
      throw new Error(`${label} answered ${response.status}, a status its documentation does not list`);
    }
    const mediaType =
      String(response.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ?? '';
    if (!mediaType) return;
    if (!documented.content?.[mediaType]) {
      const listed = Object.keys(documented.content ?? {}).join(', ') || 'no content';
      throw new Error(`${label} answered ${response.status} with ${mediaType}; its documentation lists ${listed}`);
    }
    // JSON bodies, FHIR's application/fhir+json among them, are checked against their schema.
    if (!/[/+]json$/.test(mediaType)) return;
    const pointer = ['paths', template, method, 'responses', status, 'content', mediaType, 'schema'].map(pointerPart);
    this.checkBody(`${label} ${response.status}`, response, `#/${pointer.join('/')}`);
  }

  private checkBody(label: string, response: ReceivedResponse, pointer: string): void {
    if (response.body === undefined) return;
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    // A test may read a download as text: the JSON it carries is what the document describes.
    const body: unknown = typeof response.body === 'string' ? JSON.parse(response.body) : response.body;
    if (validate(body)) return;
    const errors = (validate.errors ?? []).map(
      (error) => `  body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`,
    );
    throw new Error(`${label}: the response does not match its documented schema\n${errors.join('\n')}`);
  }
}
