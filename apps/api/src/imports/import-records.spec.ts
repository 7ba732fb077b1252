import { Readable } from 'node:stream';
import { type ImportRecord, ImportTooLargeError, importRecords } from './import-records.js';

async function read(text: string | string[], format: 'csv' | 'ndjson', limit = 1_000_000): Promise<ImportRecord[]> {
  const chunks = (Array.isArray(text) ? text : [text]).map((chunk) => Buffer.from(chunk));
  const records: ImportRecord[] = [];
  for await (const record of importRecords(Readable.from(chunks), format, limit)) records.push(record);
  return records;
}

describe('importRecords, CSV', () => {
  it('names fields by the header, leaves empty cells out and numbers rows by their first line', async () => {
    expect(await read('a,b,c\r\n1,,3\r\n\r\nx,y,z', 'csv')).toEqual([
      { line: 2, fields: { a: '1', c: '3' } },
      { line: 4, fields: { a: 'x', b: 'y', c: 'z' } },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, across chunk boundaries', async () => {
    const records = await read(['note,n\n"one, ""two""', '\nthree",1\n', 'plain,2\n'], 'csv');
    expect(records).toEqual([
      { line: 2, fields: { note: 'one, "two"\nthree', n: '1' } },
      { line: 4, fields: { note: 'plain', n: '2' } },
    ]);
  });

  it('reports a row with the wrong number of fields and a quote never closed', async () => {
    expect(await read('a,b\n1\n2,3\n"open,4', 'csv')).toEqual([
      { line: 2, error: 'the row has 1 fields, the header 2' },
      { line: 3, fields: { a: '2', b: '3' } },
      { line: 4, error: 'a quoted field is never closed' },
    ]);
  });

  it('reads multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('name\nZoë\n');
    const split = [bytes.subarray(0, 8), bytes.subarray(8)];
    const records: ImportRecord[] = [];
    for await (const record of importRecords(Readable.from(split), 'csv', 100)) records.push(record);
    expect(records).toEqual([{ line: 2, fields: { name: 'Zoë' } }]);
  });
});

describe('importRecords, NDJSON', () => {
  it('reads one object per line, skipping blank lines and reporting the rest', async () => {
    expect(await read('{"a":1}\n\n{"a":\n"text"\n{"b":[2]}', 'ndjson')).toEqual([
      { line: 1, fields: { a: 1 } },
      { line: 3, error: 'the line is not valid JSON' },
      { line: 4, error: 'the line is not a JSON object' },
      { line: 5, fields: { b: [2] } },
    ]);
  });

  it('stops at the byte limit', async () => {
    await expect(read(['{"a":1}\n', '{"a":2}\n'], 'ndjson', 10)).rejects.toBeInstanceOf(ImportTooLargeError);
  });
});
