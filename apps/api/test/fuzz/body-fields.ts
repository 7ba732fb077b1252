import type { Schema } from './openapi-operations.js';
import type { Resolver } from './valid-values.js';

/** One field of a body: where it sits (`['lft', 'alt']`, `['plan', 0, 'doseMg']`) and its schema. */
export interface BodyField {
  path: (string | number)[];
  schema: Schema;
}

/** Every field and nested field of an object schema, containers included. */
export function fieldsOf(schema: Schema, resolve: Resolver, parent: (string | number)[] = []): BodyField[] {
  const own = resolve(schema);
  if (parent.length > 4) return [];
  const nested: BodyField[] = [];
  for (const [key, property] of Object.entries(own.properties ?? {})) {
    const path = [...parent, key];
    nested.push({ path, schema: resolve(property) }, ...fieldsOf(property, resolve, path));
  }
  if (own.type === 'array' && own.items) {
    const path = [...parent, 0];
    nested.push({ path, schema: resolve(own.items) }, ...fieldsOf(own.items, resolve, path));
  }
  if (typeof own.additionalProperties === 'object') {
    const example = own.example && typeof own.example === 'object' ? Object.keys(own.example)[0] : undefined;
    nested.push({ path: [...parent, example ?? 'key'], schema: resolve(own.additionalProperties) });
  }
  return nested;
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A copy of `body` with the field at `path` set to `value`, creating the containers on the way. */
export function setAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number' && (Array.isArray(body) || !isContainer(body))) {
    const copy: unknown[] = Array.isArray(body) ? [...body] : [];
    copy[head] = setAt(copy[head], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = isContainer(body) ? { ...body } : {};
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** A copy of `body` without the field at `path`. */
export function removeAt(body: unknown, path: (string | number)[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || !isContainer(body)) return body;
  if (Array.isArray(body) && typeof head === 'number') {
    const copy: unknown[] = [...body];
    if (rest.length === 0) copy.splice(head, 1);
    else copy[head] = removeAt(copy[head], rest);
    return copy;
  }
  const copy: Record<string, unknown> = { ...body };
  if (rest.length === 0) delete copy[head];
  else copy[head] = removeAt(copy[head], rest);
  return copy;
}
