import fc from 'fast-check';
import type { Schema } from './openapi-operations.js';
import { ManyKeys, Repeated } from './printable-values.js';

/** Characters that break naive code: NUL and other controls, bidi overrides, emoji, odd spaces. */
const NASTY_TEXTS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\r\n\t',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  'مرحبا بالعالم',
  '💊🧪👩🏽‍⚕️',
  '\uFEFF',
  '\u00A0\u2028\u2029',
  'Z̸̡͓̈́a̶l̷g̵o̴',
  '\uD800',
  '\uDFFF\uD800',
  "'; DROP TABLE patient; --",
  "' OR '1'='1",
  '%00',
  '%s%n%x',
  '$$ OR 1=1 $$',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
];

/** Dates and instants that do not exist, or that sit at the edges of what a database stores. */
export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2025-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-01-01',
  '0001-01-01',
  '99999-01-01',
  '+099999-01-01',
  '-000001-01-01',
  '9999-12-31',
  '1900-01-01',
  '4713-01-01',
  '2026-1-5',
  '2026/01/05',
  '20260105',
  '2026-01-05T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-11-30T25:61:00Z',
  '2026-11-30T15:00:00+25:00',
  '0000-01-01T00:00:00Z',
  '99999-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00.000Z',
  '1970-01-01T00:00:00Z',
  '2026-11-30T15:00:00',
  '2026-11-30T15:00:00.1234567890Z',
  '2026-11-30 15:00',
  'today',
  'infinity',
  '-infinity',
  'epoch',
  'allballs',
];

/** Numbers at and past the limits a column or a validator may have. */
export const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  0.1,
  -0.0001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  1e-7,
];

const IDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '{6f0c2a4e-1b7d-4c3a-9e2f-0a1b2c3d4e5f}',
  '6f0c2a4e1b7d4c3a9e2f0a1b2c3d4e5f',
  '6f0c2a4e-1b7d-4c3a-9e2f-0a1b2c3d4e5',
  '6f0c2a4e-1b7d-4c3a-9e2f-0a1b2c3d4e5fz',
  '6f0c2a4e-1b7d-4c3a-9e2f-0a1b2c3d4e5\u0000',
  '1',
  '-1',
  '1e309',
];

/** Texts safe to place in a URL (once encoded) that no server should choke on. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_TEXTS, ...IMPOSSIBLE_DATES, ...IDS), weight: 6 },
  { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS.map(String), '1e999', '-1e999', '0x10', '1_000', '١٢'), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 2 },
  { arbitrary: fc.constantFrom(new Repeated('a', 1000), new Repeated('💊', 500)).map(String), weight: 1 },
);

/** Long strings for bodies: past any column's width, and past the 1 MB body limit. */
const hugeStrings = fc.constantFrom(
  new Repeated('a', 2001),
  new Repeated('x', 100_000),
  new Repeated('\u0000', 5000),
  new Repeated('💊', 50_000),
  new Repeated('a', 1_100_000),
);

/** Values of the wrong kind for any field: scalars of other types, containers, null. */
const wrongShapes: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  true,
  false,
  [],
  [null],
  ['OUD', 'OUD'],
  {},
  { $gt: '' },
  { __proto__: null, toString: 'x' },
  [[[[[[[[[[[]]]]]]]]]]],
  { a: { b: { c: { d: {} } } } },
  new ManyKeys(1000),
);

/** Any hostile value a JSON body field may carry, whatever its schema says. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...NASTY_TEXTS), weight: 4 },
  { arbitrary: fc.constantFrom<unknown>(...IMPOSSIBLE_DATES), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS), weight: 3 },
  { arbitrary: wrongShapes, weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(...IDS), weight: 1 },
  { arbitrary: hugeStrings, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** A hostile value aimed at a field of this schema: its limits and formats first, then anything. */
export function hostileFor(schema: Schema): fc.Arbitrary<unknown> {
  const aimed: unknown[] = [];
  if (schema.minimum !== undefined) aimed.push(schema.minimum - 1, schema.minimum - 0.5, schema.minimum);
  if (schema.maximum !== undefined) aimed.push(schema.maximum, schema.maximum + 1, schema.maximum + 0.5);
  if (schema.maxLength !== undefined) aimed.push(new Repeated('a', schema.maxLength + 1));
  if (schema.minItems !== undefined) aimed.push([]);
  if (schema.maxItems !== undefined) aimed.push(Array.from({ length: schema.maxItems + 1 }, () => 0));
  if (schema.enum) aimed.push(...schema.enum.map((value) => (typeof value === 'string' ? value.toUpperCase() : value)));
  if (schema.format === 'date' || schema.format === 'date-time') aimed.push(...IMPOSSIBLE_DATES);
  if (schema.type === 'number') aimed.push(...HOSTILE_NUMBERS, '1', '1e999');
  if (aimed.length === 0) return hostileJson;
  return fc.oneof({ arbitrary: fc.constantFrom(...aimed), weight: 1 }, { arbitrary: hostileJson, weight: 2 });
}

/** Bodies that are not JSON, or barely: sent as they are with a JSON content type. */
export const MALFORMED_JSON: (string | Buffer)[] = [
  '',
  ' ',
  '{',
  '{"a":',
  "{'a': 1}",
  '[1,]',
  '{"a":1,}',
  'nul',
  'undefined',
  '\u0000',
  '{"a":1}garbage',
  '\uFEFF{}',
  '{"a":1e999}',
  '{"a":"\\ud800"}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1,"a":2}',
  '"just a string"',
  '123456789012345678901234567890',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  Buffer.from([0xff, 0xfe, 0xfd, 0x7b, 0x7d]),
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
];

/** Content types a JSON route was not written for. */
export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'application/json, text/plain',
  'text/csv',
  'application/x-ndjson',
  'application/octet-stream',
  '*/*',
  'application/json; boundary=',
];

/** Header values (printable, as HTTP allows) for credentials and ids that are not what they claim. */
export const hostileHeaderText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'null',
    'nt_',
    'nt_x',
    "' OR '1'='1",
    '../../../../etc/passwd',
    '%00',
    '\u00ff\u00fe',
    'a'.repeat(2000),
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 64 }),
);
