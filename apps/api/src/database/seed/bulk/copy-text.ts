import type { BulkColumn, BulkRow, BulkTable } from './bulk-table.js';

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escapes a value for COPY's text format: backslash, tab and line breaks. */
function escapeText(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPED[c] ?? c);
}

/** A PostgreSQL array literal, every element quoted so commas, braces and spaces stay inside it. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`));
  return `{${elements.join(',')}}`;
}

function copyValue(column: BulkColumn, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (column.kind === 'json') return escapeText(JSON.stringify(value));
  if (column.kind === 'array') return escapeText(arrayLiteral(value as readonly unknown[]));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeText(String(value));
}

/** One row as a line of COPY's text format (tab-separated, `\N` for NULL). */
export function copyLine(table: BulkTable, row: BulkRow): string {
  let line = '';
  for (const [i, column] of table.columns.entries()) {
    line += (i === 0 ? '' : '\t') + copyValue(column, row[column.property]);
  }
  return `${line}\n`;
}
