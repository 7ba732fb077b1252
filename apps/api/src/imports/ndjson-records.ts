import type { ImportRecord } from './import-record.js';
import type { SplitLine } from './line-splitter.js';

/** NDJSON: one JSON object per line; blank lines are skipped. */
export async function* ndjsonRecords(
  lines: AsyncIterable<SplitLine>,
  maxLineBytes: number,
): AsyncGenerator<ImportRecord> {
  for await (const { line, text } of lines) {
    if (text === null) {
      yield { line, error: `the line is longer than ${maxLineBytes} bytes` };
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
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
