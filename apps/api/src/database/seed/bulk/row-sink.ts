import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkRow, BulkTable } from './bulk-table.js';
import { copyLine } from './copy-text.js';

/** Where bulk rows go: COPY on a PostgreSQL server, multi-row INSERTs where COPY is not served. */
export interface RowSink {
  write(table: BulkTable, rows: readonly BulkRow[]): Promise<void>;
}

const columnList = (table: BulkTable) => table.columns.map((c) => `"${c.name}"`).join(', ');

/** Lines per string handed to the COPY stream: few stream writes without one huge string. */
const LINES_PER_WRITE = 500;

/** COPY ... FROM STDIN over one connection (inside its transaction). */
export class CopySink implements RowSink {
  constructor(private readonly client: ClientBase) {}

  async write(table: BulkTable, rows: readonly BulkRow[]): Promise<void> {
    if (rows.length === 0) return;
    const copy = this.client.query(copyFrom(`COPY "${table.name}" (${columnList(table)}) FROM STDIN`));
    await pipeline(Readable.from(linesOf(table, rows)), copy);
  }
}

function* linesOf(table: BulkTable, rows: readonly BulkRow[]): Generator<string> {
  for (let i = 0; i < rows.length; i += LINES_PER_WRITE) {
    let text = '';
    for (const row of rows.slice(i, i + LINES_PER_WRITE)) text += copyLine(table, row);
    yield text;
  }
}

/** Rows per INSERT: one JSON parameter each, expanded by json_populate_recordset. */
const ROWS_PER_INSERT = 1_000;

/**
 * INSERT ... SELECT FROM json_populate_recordset: for the embedded database, whose socket server
 * does not carry COPY FROM STDIN. PostgreSQL itself turns JSON into enums, arrays and jsonb.
 */
export class InsertSink implements RowSink {
  constructor(private readonly query: (sql: string, parameters: unknown[]) => Promise<unknown>) {}

  async write(table: BulkTable, rows: readonly BulkRow[]): Promise<void> {
    const columns = columnList(table);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const batch = rows
        .slice(i, i + ROWS_PER_INSERT)
        .map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row[c.property] ?? null])));
      await this.query(
        `INSERT INTO "${table.name}" (${columns})
         SELECT ${columns} FROM json_populate_recordset(NULL::"${table.name}", $1::json)`,
        [JSON.stringify(batch)],
      );
    }
  }
}
