import fc from 'fast-check';
import type { Schema } from './openapi-operations.js';
import { collectionOfField, type RecordPools } from './record-pools.js';

/** Follows `$ref`s and single-entry `allOf`s to the schema itself. */
export type Resolver = (schema: Schema) => Schema;

// Fixed bounds, so a seed gives the same requests on any day. Tests hold the clinical clock at
// NALTRACK_TEST_NOW (mid-2026 by default): most days fall before it, as records of the past must,
// and some after it, for rules that want a day ahead.
const FIRST_DAY = Date.UTC(2025, 6, 1);
const LAST_DAY = Date.UTC(2026, 8, 30);
const DAY_MS = 86_400_000;

const day = fc.integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY_MS }).map((offset) => {
  return new Date(FIRST_DAY + offset * DAY_MS).toISOString().slice(0, 10);
});
const instant = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '-05:00', '+01:00'))
  .map(([date, hour, offset]) => `${date}T${String(hour).padStart(2, '0')}:00:00${offset}`);

const words = fc
  .array(fc.constantFrom('steady', 'review', 'plan', 'clinic', 'patient', 'agreed', 'team', 'follow-up'), {
    minLength: 3,
    maxLength: 6,
  })
  .map((parts) => parts.join(' '));
const suffix = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 6,
  maxLength: 6,
});

/** A string like the example, made unique, so records that must differ (MRN, email, code) do. */
function likeExample(example: string): fc.Arbitrary<string> {
  const at = example.indexOf('@');
  return suffix.map((tag) =>
    at > 0 ? `${example.slice(0, at)}.${tag}${example.slice(at)}` : `${example}-${tag}`.slice(0, 100),
  );
}

function stringValue(schema: Schema, name: string, pools: RecordPools): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') return pools.idOf(collectionOfField(name));
  if (schema.format === 'date') return day;
  if (schema.format === 'date-time') return instant;
  if (typeof schema.example === 'string') return fc.oneof(fc.constant(schema.example), likeExample(schema.example));
  const pool = collectionOfField(name);
  if (pool) return pools.idOf(pool);
  // No example: words long enough for minimum lengths (reasons, passwords) and short enough for the rest.
  const maxLength = schema.maxLength ?? 60;
  return fc.tuple(words, suffix).map(([text, tag]) => `${text} ${tag}`.slice(0, maxLength));
}

function numberValue(schema: Schema): fc.Arbitrary<number> {
  const min = schema.minimum ?? 0;
  const max = schema.maximum ?? Math.max(min + 100, typeof schema.example === 'number' ? schema.example : 0);
  const inRange = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return typeof schema.example === 'number' ? fc.oneof(fc.constant(schema.example), inRange) : inRange;
}

/**
 * A value the schema allows, as a client that read the documentation would send it: required
 * properties always, optional ones sometimes; ids of real records where the field names one.
 */
export function validValue(schema: Schema, name: string, pools: RecordPools, resolve: Resolver): fc.Arbitrary<unknown> {
  const own = validOf(resolve(schema), name, pools, resolve);
  return schema.nullable ? fc.oneof({ arbitrary: own, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : own;
}

function validOf(schema: Schema, name: string, pools: RecordPools, resolve: Resolver): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringValue(schema, name, pools);
    case 'number':
    case 'integer':
      return numberValue(schema);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = validValue(schema.items ?? {}, name, pools, resolve);
      const minLength = schema.minItems ?? 1;
      const generated = fc.array(items, { minLength, maxLength: schema.maxItems ?? Math.max(minLength, 3) });
      return Array.isArray(schema.example) ? fc.oneof(fc.constant(schema.example), generated) : generated;
    }
    default:
      return objectValue(schema, pools, resolve);
  }
}

function objectValue(schema: Schema, pools: RecordPools, resolve: Resolver): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (Object.keys(properties).length > 0) {
    const model = Object.fromEntries(
      Object.entries(properties).map(([key, property]) => [key, validValue(property, key, pools, resolve)]),
    );
    const required = new Set(schema.required ?? []);
    // Optional fields come one in four: each may have rules that tie it to others.
    const entries = Object.entries(model).map(([key, value]) =>
      required.has(key)
        ? value.map((v) => [key, v] as const)
        : fc.oneof(
            { arbitrary: fc.constant(undefined), weight: 3 },
            { arbitrary: value.map((v) => [key, v] as const), weight: 1 },
          ),
    );
    return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== undefined)));
  }
  if (schema.example !== undefined) return fc.constant(schema.example);
  if (typeof schema.additionalProperties === 'object') {
    const value = validValue(schema.additionalProperties, '', pools, resolve);
    return fc.dictionary(fc.constantFrom('a', 'b', 'c'), value, { minKeys: 1, maxKeys: 3 });
  }
  return fc.constant({});
}
