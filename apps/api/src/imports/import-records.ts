import type { Readable } from 'node:stream';
import { csvRecords } from './csv-records.js';
import type { ImportRecord } from './import-record.js';
import { LineSplitter } from './line-splitter.js';
import { ndjsonRecords } from './ndjson-records.js';

export const IMPORT_FORMATS = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson' } as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[keyof typeof IMPORT_FORMATS];

/** How much an import may hold: the whole body, and one line (or CSV row) of it. */
export interface ImportLimits {
  bodyBytes: number;
  lineBytes: number;
}

/** Thrown when the body grows past the import limit; what was read before stays read. */
export class ImportTooLargeError extends Error {}

/** The body chunk by chunk, never more than `limit` bytes. */
async function* bytesOf(body: Readable, limit: number): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > limit) throw new ImportTooLargeError(`the body is larger than ${limit} bytes`);
    yield buffer;
  }
}

/** The records of an import body in the given format, read in one pass over the bytes. */
export function importRecords(
  body: Readable,
  format: ImportFormat,
  limits: ImportLimits,
): AsyncGenerator<ImportRecord> {
  const lines = new LineSplitter(limits.lineBytes).split(bytesOf(body, limits.bodyBytes));
  return format === 'csv' ? csvRecords(lines, limits.lineBytes) : ndjsonRecords(lines, limits.lineBytes);
}
