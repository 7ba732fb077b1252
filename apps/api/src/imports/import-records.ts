import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** One row of an import as read: its line in the file and its fields, or why it could not be read. */
export type ImportRecord =
  | { line: number; fields: Record<string, unknown>; error?: undefined }
  | { line: number; error: string; fields?: undefined };

export const IMPORT_FORMATS = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson' } as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[keyof typeof IMPORT_FORMATS];

/** Thrown when the body grows past the import limit; what was read before stays read. */
export class ImportTooLargeError extends Error {}

/** The body's text, chunk by chunk, never more than `limit` bytes. */
async function* textOf(body: Readable, limit: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > limit) throw new ImportTooLargeError(`the body is larger than ${limit} bytes`);
    yield decoder.write(buffer);
  }
  yield decoder.end();
}

/** Lines with their 1-based numbers; a trailing \r (CRLF files) is dropped. */
async function* linesOf(text: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let pending = '';
  let line = 0;
  for await (const chunk of text) {
    pending += chunk;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      yield { line: ++line, text: pending.slice(0, end).replace(/\r$/, '') };
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  if (pending !== '') yield { line: ++line, text: pending.replace(/\r$/, '') };
}

/** NDJSON: one JSON object per line; blank lines are skipped. */
async function* ndjsonRecords(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  for await (const { line, text: json } of linesOf(text)) {
    if (json.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      yield { line, error: 'the line is not valid JSON' };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, error: 'the line is not a JSON object' };
    } else {
      yield { line, fields: value as Record<string, unknown> };
    }
  }
}

/**
 * RFC 4180 CSV: a header row names the columns; fields may be quoted, with "" for a quote and line
 * breaks inside quotes. Empty cells are left out of the record. Each record carries the line it
 * starts on.
 */
async function* csvRecords(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let header: string[] | null = null;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let startLine = 1;

  const finishRecord = (): ImportRecord | null => {
    cells.push(cell);
    const row = cells;
    cells = [];
    cell = '';
    afterQuote = false;
    if (row.length === 1 && row[0] === '') return null;
    if (!header) {
      header = row.map((name) => name.trim());
      return null;
    }
    if (row.length !== header.length) {
      return { line: startLine, error: `the row has ${row.length} fields, the header ${header.length}` };
    }
    const fields: Record<string, unknown> = {};
    header.forEach((name, i) => {
      if (row[i] !== '') fields[name] = row[i];
    });
    return { line: startLine, fields };
  };

  for await (const chunk of text) {
    for (const c of chunk) {
      if (quoted) {
        if (c === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c === '\n') line++;
          cell += c;
        }
      } else if (c === '"') {
        // "" inside a quoted field is a quote; a quote elsewhere opens one.
        if (afterQuote) cell += '"';
        quoted = true;
        afterQuote = false;
      } else if (c === ',') {
        cells.push(cell);
        cell = '';
        afterQuote = false;
      } else if (c === '\n') {
        const record = finishRecord();
        if (record) yield record;
        startLine = ++line;
      } else if (c !== '\r') {
        cell += c;
        afterQuote = false;
      }
    }
  }
  if (quoted) {
    yield { line: startLine, error: 'a quoted field is never closed' };
    return;
  }
  const last = cells.length > 0 || cell !== '' ? finishRecord() : null;
  if (last) yield last;
}

/** The records of an import body in the given format. */
export function importRecords(body: Readable, format: ImportFormat, limit: number): AsyncGenerator<ImportRecord> {
  const text = textOf(body, limit);
  return format === 'csv' ? csvRecords(text) : ndjsonRecords(text);
}
