import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { fieldError } from '../errors/field-error.js';

/** Far deeper than any body the API takes (a taper plan's step is 3 levels down). */
export const MAX_NESTING_DEPTH = 32;

/** Where a body first goes deeper than the limit (`a.a.a...`, `0.0.0...`), or null. */
export function tooDeepAt(value: unknown, limit = MAX_NESTING_DEPTH): string | null {
  const pending: [unknown, string[]][] = [[value, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (path.length >= limit) return path.join('.');
    for (const [key, child] of Object.entries(item)) pending.push([child, [...path, key]]);
  }
  return null;
}

/**
 * Runs before the ValidationPipe: class-transformer copies bodies recursively and overflows the
 * stack on a body nested thousands of levels deep (a 500); such a body is refused with a 400.
 */
@Injectable()
export class NestingDepthPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    const at = tooDeepAt(value);
    if (at === null) return value;
    const field = at.length > 64 ? `${at.slice(0, 64)}…` : at;
    throw fieldError(field, `${field} is nested deeper than ${MAX_NESTING_DEPTH} levels`);
  }
}
