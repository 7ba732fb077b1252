import fc from 'fast-check';
import { type BodyField, fieldsOf, removeAt, setAt } from './body-fields.js';
import {
  hostileFor,
  hostileHeaderText,
  hostileJson,
  hostileText,
  MALFORMED_JSON,
  WRONG_CONTENT_TYPES,
} from './hostile-values.js';
import type { Operation, Schema } from './openapi-operations.js';
import { collectionOfPathParam, type RecordPools } from './record-pools.js';
import { type TextBody, textBodies } from './text-bodies.js';
import { type Resolver, validValue } from './valid-values.js';

/** How a request proves who sends it: the caller's own credentials, none, or broken ones. */
export type Auth =
  | { kind: 'token' }
  | { kind: 'session' }
  | { kind: 'none' }
  | { kind: 'authorization'; value: string }
  | { kind: 'cookie'; value: string }
  | { kind: 'csrf'; value: string };

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; contentType: string; value: unknown }
  | { kind: 'raw'; contentType: string; value: string | Buffer }
  | { kind: 'text'; value: TextBody };

/** One generated request, as a failing case prints it: what was called, as whom, what is hostile. */
export interface FuzzRequest {
  operation: string;
  as: string;
  hostile: string;
  method: Operation['method'];
  url: string;
  auth: Auth;
  body: Body;
  requestId?: string;
}

export interface FuzzContext {
  pools: RecordPools;
  resolve: Resolver;
  /** The JSON bodies of the document, for files of records. */
  rowSchemas: Schema[];
}

interface Parts {
  path: Record<string, string>;
  query: [string, string][];
  rawQuery: string;
  body: Body;
  auth: Auth;
  requestId?: string;
  hostile: string;
}

type Mutation = (parts: Parts) => Parts;

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes any text, lone surrogates included (encodeURIComponent throws on those). */
export function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

const RAW_URL_PIECES = ['%', '%zz', '%E0%A4%A', '..', '.', '%2e%2e', '%2F', '%5C', '%00', '%20', '+', '%FF%FE'];
const RAW_QUERIES = ['&', '&&=&&', '=', '=x', '%', '%zz', '%E0%A4%A', '?', '+', 'a=%00', 'a[b][c]=d', '__proto__[x]=1'];
const UNKNOWN_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  'id',
  'createdAt',
  '$where',
  'a.b',
  '💊',
  'k'.repeat(500),
];

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function baseParts(operation: Operation, context: FuzzContext): fc.Arbitrary<Parts> {
  const { pools, resolve } = context;
  const path = fc.record(
    Object.fromEntries(
      operation.pathParams.map((p) => [p.name, pools.idOf(collectionOfPathParam(operation.path, p.name))]),
    ),
  );
  const query = fc
    .tuple(
      ...operation.queryParams.map((p) => {
        const value = validValue(p.schema, p.name, pools, resolve).map((v): [string, string][] =>
          Array.isArray(v) ? v.map((item) => [p.name, stringOf(item)]) : [[p.name, stringOf(v)]],
        );
        // Optional parameters come one in four, so that most requests get past the ones that conflict.
        return p.required
          ? value
          : fc.oneof({ arbitrary: fc.constant<[string, string][]>([]), weight: 3 }, { arbitrary: value, weight: 1 });
      }),
    )
    .map((lists) => lists.flat());
  const bodySpec = operation.body;
  let body: fc.Arbitrary<Body> = fc.constant({ kind: 'none' });
  if (bodySpec?.contentTypes.includes('application/json')) {
    body = validValue(bodySpec.schema, '', pools, resolve).map((value) => ({
      kind: 'json',
      contentType: 'application/json',
      value,
    }));
  } else if (bodySpec) {
    const text = textBodies(bodySpec.contentTypes, bodySpec.description, context.rowSchemas, pools, resolve);
    body = text.map((value) => ({ kind: 'text', value }));
  }
  const auth: fc.Arbitrary<Auth> = fc.oneof(
    { arbitrary: fc.constant<Auth>({ kind: 'token' }), weight: 4 },
    { arbitrary: fc.constant<Auth>({ kind: 'session' }), weight: 1 },
  );
  return fc.record({ path, query, rawQuery: fc.constant(''), body, auth, hostile: fc.constant('nothing') });
}

function bodyMutations(operation: Operation, context: FuzzContext): fc.WeightedArbitrary<Mutation>[] {
  const spec = operation.body;
  if (!spec) return [];
  const contentType = fc.constantFrom(...WRONG_CONTENT_TYPES).map<Mutation>((type) => (parts) => {
    const body = parts.body;
    const value = body.kind === 'json' ? JSON.stringify(body.value) : body.kind === 'raw' ? body.value : '{}';
    return { ...parts, body: { kind: 'raw', contentType: type, value }, hostile: `content-type ${type}` };
  });
  if (!spec.contentTypes.includes('application/json')) {
    // A file's own hostility is in its rows; here it is also sent as JSON.
    const asJson = hostileJson.map<Mutation>((value) => (parts) => ({
      ...parts,
      body: { kind: 'json', contentType: 'application/json', value },
      hostile: 'a JSON body',
    }));
    return [
      { arbitrary: contentType, weight: 1 },
      { arbitrary: asJson, weight: 1 },
    ];
  }
  const fields: BodyField[] = fieldsOf(spec.schema, context.resolve);
  const onJson =
    (edit: (value: unknown) => unknown, hostile: string): Mutation =>
    (parts) =>
      parts.body.kind === 'json'
        ? { ...parts, body: { ...parts.body, value: edit(parts.body.value) }, hostile }
        : parts;
  const mutations: fc.WeightedArbitrary<Mutation>[] = [
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...UNKNOWN_KEYS), hostileJson)
        .map(([key, value]) => onJson((body) => setAt(body, [key], value), `unknown field ${JSON.stringify(key)}`)),
      weight: 1,
    },
    { arbitrary: hostileJson.map((value) => onJson(() => value, 'the whole body')), weight: 1 },
    {
      arbitrary: fc.constantFrom(...MALFORMED_JSON).map<Mutation>((value) => (parts) => ({
        ...parts,
        body: { kind: 'raw', contentType: 'application/json', value },
        hostile: 'malformed JSON',
      })),
      weight: 1,
    },
    { arbitrary: contentType, weight: 1 },
  ];
  if (fields.length > 0) {
    const field = fc.constantFrom(...fields);
    mutations.push(
      {
        arbitrary: field.chain((f) =>
          hostileFor(f.schema).map((value) => onJson((body) => setAt(body, f.path, value), `body.${f.path.join('.')}`)),
        ),
        weight: 8,
      },
      {
        arbitrary: field.map((f) => onJson((body) => removeAt(body, f.path), `body.${f.path.join('.')} missing`)),
        weight: 1,
      },
    );
  }
  return mutations;
}

function queryMutations(operation: Operation): fc.WeightedArbitrary<Mutation>[] {
  const unknown = fc
    .tuple(fc.constantFrom(...UNKNOWN_KEYS.slice(0, -1)), hostileText)
    .map<Mutation>(([name, value]) => (parts) => ({
      ...parts,
      query: [...parts.query, [name, value]],
      hostile: `unknown query ${JSON.stringify(name)}`,
    }));
  const raw = fc.constantFrom(...RAW_QUERIES).map<Mutation>((rawQuery) => (parts) => ({
    ...parts,
    rawQuery,
    hostile: 'raw query',
  }));
  const mutations: fc.WeightedArbitrary<Mutation>[] = [
    { arbitrary: unknown, weight: 1 },
    { arbitrary: raw, weight: 1 },
  ];
  if (operation.queryParams.length > 0) {
    const param = fc.constantFrom(...operation.queryParams.map((p) => p.name));
    const one = fc
      .tuple(param, hostileText, fc.constantFrom('replace', 'repeat', 'brackets'))
      .map<Mutation>(([name, value, how]) => (parts) => {
        const others = parts.query.filter(([key]) => key !== name);
        const own = parts.query.filter(([key]) => key === name);
        const query: [string, string][] =
          how === 'replace'
            ? [...others, [name, value]]
            : how === 'repeat'
              ? [...others, ...own, [name, value], [name, value]]
              : [...others, [`${name}[]`, value], [`${name}[x]`, value]];
        return { ...parts, query, hostile: `query.${name} (${how})` };
      });
    mutations.push({ arbitrary: one, weight: 6 });
  }
  return mutations;
}

function pathMutations(operation: Operation): fc.WeightedArbitrary<Mutation>[] {
  if (operation.pathParams.length === 0) return [];
  const param = fc.constantFrom(...operation.pathParams.map((p) => p.name));
  const value = fc.oneof(
    { arbitrary: hostileText.map(encode), weight: 3 },
    { arbitrary: fc.constantFrom(...RAW_URL_PIECES), weight: 1 },
  );
  return [
    {
      arbitrary: fc.tuple(param, value).map<Mutation>(([name, encoded]) => (parts) => ({
        ...parts,
        path: { ...parts.path, [name]: encoded },
        hostile: `path.${name}`,
      })),
      weight: 4,
    },
  ];
}

const hostileAuth: fc.Arbitrary<Auth> = fc.oneof(
  fc.constant<Auth>({ kind: 'none' }),
  fc
    .oneof(
      fc.constantFrom(
        'Bearer',
        'Bearer ',
        'bearer nt_x',
        'Basic YWRtaW46YWRtaW4=',
        'Token x',
        'Bearer a b',
        'Bearer  x',
      ),
      hostileHeaderText.map((text) => `Bearer ${text}`),
    )
    .map((value): Auth => ({ kind: 'authorization', value })),
  hostileHeaderText.map((value): Auth => ({ kind: 'cookie', value })),
  hostileHeaderText.map((value): Auth => ({ kind: 'csrf', value })),
);

const headerMutations: fc.WeightedArbitrary<Mutation>[] = [
  {
    arbitrary: hostileAuth.map<Mutation>((auth) => (parts) => ({ ...parts, auth, hostile: `auth ${auth.kind}` })),
    weight: 1,
  },
  {
    arbitrary: hostileHeaderText.map<Mutation>((requestId) => (parts) => ({
      ...parts,
      requestId,
      hostile: 'x-request-id',
    })),
    weight: 1,
  },
];

function urlOf(operation: Operation, parts: Parts): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => parts.path[name] ?? '');
  const query = [...parts.query.map(([key, value]) => `${encode(key)}=${encode(value)}`), parts.rawQuery].filter(
    Boolean,
  );
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

/**
 * Requests for one operation: valid ones as its documentation describes them, and ones with one
 * hostile part at a time (a body field, a query or path parameter, the body as a whole, its
 * content type, the credentials or the request id), so each hostile value reaches as deep as it can.
 */
export function requestsFor(operation: Operation, caller: string, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const mutations: fc.WeightedArbitrary<Mutation>[] = [
    { arbitrary: fc.constant<Mutation>((parts) => parts), weight: 2 },
    ...bodyMutations(operation, context),
    ...queryMutations(operation),
    ...pathMutations(operation),
    ...headerMutations,
  ];
  return fc.tuple(baseParts(operation, context), fc.oneof(...mutations)).map(([base, mutate]) => {
    const parts = mutate(base);
    return {
      operation: operation.key,
      as: caller,
      hostile: parts.hostile,
      method: operation.method,
      url: urlOf(operation, parts),
      auth: parts.auth,
      body: parts.body,
      ...(parts.requestId === undefined ? {} : { requestId: parts.requestId }),
    };
  });
}

/** The valid requests of an operation only (no hostile part), sent with the caller's token. */
export function validRequestsFor(
  operation: Operation,
  caller: string,
  context: FuzzContext,
): fc.Arbitrary<FuzzRequest> {
  return baseParts(operation, context).map((parts) => ({
    operation: operation.key,
    as: caller,
    hostile: 'nothing',
    method: operation.method,
    url: urlOf(operation, parts),
    auth: { kind: 'token' },
    body: parts.body,
  }));
}
