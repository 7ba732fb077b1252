import { fieldError } from '../common/errors/field-error.js';

/** A position in one sort order: the sort key's values and the patient id of the last row shown. */
export interface CaseloadCursor {
  sort: string;
  values: string[];
  patientId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Opaque to clients; it carries sort values (names included), so it travels only in API calls, and
// the dashboard keeps it out of its URLs.
export function encodeCursor(cursor: CaseloadCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.values, cursor.patientId])).toString('base64url');
}

export function decodeCursor(text: string, sort: string, keyLength: number): CaseloadCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw fieldError('cursor', 'cursor is not one this API gave out');
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== sort ||
    !Array.isArray(parsed[1]) ||
    parsed[1].length !== keyLength ||
    !parsed[1].every((v) => typeof v === 'string') ||
    typeof parsed[2] !== 'string' ||
    !UUID.test(parsed[2])
  ) {
    throw fieldError('cursor', 'cursor does not belong to this sort order; start again without it');
  }
  return { sort, values: parsed[1], patientId: parsed[2] };
}
