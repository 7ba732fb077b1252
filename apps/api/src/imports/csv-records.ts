import { CsvError, parse } from 'csv-parse/sync';
import type { ImportRecord } from './import-record.js';
import type { SplitLine } from './line-splitter.js';

/** The lines of one CSV row: a quoted field may hold line breaks, so a row may span lines. */
interface RowLines {
  line: number;
  texts: string[];
  bytes: number;
  quotes: number;
  /** Longer than the cap: its text was dropped, its quotes still counted to find its end. */
  tooLong: boolean;
}

const NOT_CLOSED = 'a quoted field is never closed';
const CSV_ERRORS: Partial<Record<string, string>> = {
  INVALID_OPENING_QUOTE: 'a quote may only open a field: quote the whole field and double the quotes inside it',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote must be followed by a comma or the end of the row',
  CSV_QUOTE_NOT_CLOSED: NOT_CLOSED,
};

/**
 * Gathers lines into rows. A row ends at a line break outside quotes, that is once it holds an
 * even number of quotes (RFC 4180: a quoted field opens and closes with one, and "" stands for a
 * quote). At most `maxRowBytes` of a row are kept.
 */
async function* rowsOf(lines: AsyncIterable<SplitLine>, maxRowBytes: number): AsyncGenerator<RowLines> {
  let row: RowLines | null = null;
  for await (const { line, text, bytes, quotes } of lines) {
    row ??= { line, texts: [], bytes: -1, quotes: 0, tooLong: false };
    row.quotes += quotes;
    // The line break joining this line to the previous one is part of the row.
    row.bytes += bytes + 1;
    if (text === null || row.bytes > maxRowBytes) {
      row.tooLong = true;
      row.texts = [];
    } else if (!row.tooLong) {
      row.texts.push(text);
    }
    if (row.quotes % 2 === 0) {
      yield row;
      row = null;
    }
  }
  if (row) yield row;
}

/** A row's cells by csv-parse, null for a blank line, or why the row cannot be read. */
function cellsOf(row: RowLines, maxRowBytes: number): { cells: string[] } | { error: string } | null {
  if (row.tooLong) {
    // Skipped to its end: with an odd number of quotes, that end is the end of the file.
    return { error: row.quotes % 2 === 1 ? NOT_CLOSED : `the row is longer than ${maxRowBytes} bytes` };
  }
  try {
    const [cells] = parse(row.texts.join('\n'), { record_delimiter: '\n' });
    return cells ? { cells } : null;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message = CSV_ERRORS[error.code] ?? 'the row is not valid CSV';
    // csv-parse counts lines from the row's first: a bad quote on a later line of the row names it
    // (a quote never closed is the row's own fault, wherever the file ends).
    const offset = error.code !== 'CSV_QUOTE_NOT_CLOSED' && typeof error.lines === 'number' ? error.lines - 1 : 0;
    const line = row.line + offset;
    return { error: line === row.line ? message : `${message} (line ${line})` };
  }
}

/**
 * RFC 4180 CSV: a header row names the columns; fields may be quoted, with "" for a quote and line
 * breaks inside quotes. Empty cells are left out of the record. Each record carries the line it
 * starts on; a row that cannot be read is an error for that row alone.
 */
export async function* csvRecords(lines: AsyncIterable<SplitLine>, maxRowBytes: number): AsyncGenerator<ImportRecord> {
  let header: string[] | null = null;
  let headerError = false;
  for await (const row of rowsOf(lines, maxRowBytes)) {
    // Without its header no row can be read; the body is still read to its end.
    if (headerError) continue;
    const parsed = cellsOf(row, maxRowBytes);
    if (parsed === null) continue;
    if ('error' in parsed) {
      headerError = header === null;
      yield { line: row.line, error: headerError ? `the header row cannot be read: ${parsed.error}` : parsed.error };
      continue;
    }
    const { cells } = parsed;
    if (cells.length === 1 && cells[0] === '') continue;
    if (!header) {
      header = cells.map((name) => name.trim());
      continue;
    }
    if (cells.length !== header.length) {
      yield { line: row.line, error: `the row has ${cells.length} fields, the header ${header.length}` };
      continue;
    }
    const fields: Record<string, unknown> = {};
    header.forEach((name, i) => {
      if (cells[i] !== '') fields[name] = cells[i];
    });
    yield { line: row.line, fields };
  }
}
