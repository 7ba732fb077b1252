import { isClinicalDate } from '@naltrack/domain';
import { isUUID } from 'class-validator';
import { fieldError } from '../common/errors/field-error.js';

/** A position in the (dueOn, id) order. */
export interface TaskCursor {
  dueOn: string;
  id: string;
}

export function encodeTaskCursor(cursor: TaskCursor): string {
  return Buffer.from(JSON.stringify([cursor.dueOn, cursor.id])).toString('base64url');
}

export function decodeTaskCursor(text: string): TaskCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    const [dueOn, id]: unknown[] = Array.isArray(parsed) ? parsed : [];
    if (typeof dueOn === 'string' && isClinicalDate(dueOn) && typeof id === 'string' && isUUID(id)) {
      return { dueOn, id };
    }
  } catch {
    // Falls through to the same answer as a well-formed but foreign value.
  }
  throw fieldError('cursor', 'cursor is not a position this API gave out');
}
