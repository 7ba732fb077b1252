/** The part of an OpenAPI 3 schema object the fuzzer reads. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  description?: string;
}

interface RawParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: RawParameter[];
  requestBody?: { description?: string; content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** `POST /api/patients/{id}/observations`, as the document and the access matrix name it. */
  key: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: { contentTypes: string[]; schema: Schema; description?: string };
}

const METHODS = new Set(['get', 'post', 'patch', 'put', 'delete']);

/** A schema with its `$ref`s and single-entry `allOf`s followed, one level deep. */
export function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`the document has no schema ${name}`);
    return resolve(document, target);
  }
  if (schema.allOf?.length === 1 && schema.allOf[0]) {
    const { allOf, ...rest } = schema;
    return { ...rest, ...resolve(document, allOf[0] as Schema) };
  }
  return schema;
}

/** Every operation of the document, with its parameters and request body schema resolved. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => METHODS.has(method))
      .map(([method, raw]) => {
        const parameters = (raw.parameters ?? []).map((p) => ({
          in: p.in,
          name: p.name,
          required: p.in === 'path' || p.required === true,
          schema: resolve(document, p.schema ?? { type: 'string' }),
        }));
        const content = raw.requestBody?.content ?? {};
        const contentTypes = Object.keys(content);
        const first = contentTypes[0];
        return {
          key: `${method.toUpperCase()} ${path}`,
          method: method as Operation['method'],
          path,
          pathParams: parameters.filter((p) => p.in === 'path'),
          queryParams: parameters.filter((p) => p.in === 'query'),
          body:
            first === undefined
              ? undefined
              : {
                  contentTypes,
                  schema: resolve(document, content[first]?.schema ?? {}),
                  description: raw.requestBody?.description,
                },
        };
      }),
  );
}
