import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiException } from '../errors/api-exception.js';
import { ErrorCode } from '../errors/error-code.js';
import { type FieldError, shortened } from '../errors/validation-exception.factory.js';

// PostgreSQL text cannot hold NUL, and an unpaired surrogate is no character at all: the driver
// would store U+FFFD in its place, and validator.js throws on it (encodeURI in isEmail).
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = 'must not contain NUL characters or unpaired surrogates';
const CHECKED = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

function unstorable(text: string): boolean {
  return text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
}

/** The fields (keys or values) of a body, query or parameter that hold text the database cannot store. */
export function unstorableFields(value: unknown, root: string): FieldError[] {
  const found: FieldError[] = [];
  const pending: [unknown, string][] = [[value, root]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === 'string' && unstorable(item)) {
      const field = path || 'body';
      found.push({ field, messages: [`${field} ${MESSAGE}`] });
    }
    if (typeof item !== 'object' || item === null) continue;
    for (const [key, child] of Object.entries(item)) {
      const field = [path, shortened(key)].filter(Boolean).join('.');
      if (unstorable(key)) found.push({ field, messages: [`field name ${field} ${MESSAGE}`] });
      else pending.push([child, field]);
    }
  }
  return found.reverse();
}

/**
 * Runs before the ValidationPipe: refuses, with a 400 naming the field, text that no field rule
 * would catch and that would fail in the database or a validator with a 500.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CHECKED.has(metadata.type)) return value;
    const fields = unstorableFields(value, metadata.data ?? '').slice(0, 20);
    if (fields.length === 0) return value;
    const summary = fields.flatMap((field) => field.messages).join('; ');
    throw new ApiException(400, ErrorCode.ValidationFailed, `Invalid request: ${summary}`, { fields });
  }
}
