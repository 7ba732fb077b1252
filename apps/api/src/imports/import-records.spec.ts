import { Readable } from 'node:stream';
import type { ImportRecord } from './import-record.js';
import { type ImportFormat, ImportTooLargeError, importRecords } from './import-records.js';

async function readAll(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, format: ImportFormat, lineBytes: number) {
  const records: ImportRecord[] = [];
  const limits = { bodyBytes: 64 * 1_048_576, lineBytes };
  for await (const record of importRecords(Readable.from(chunks), format, limits)) records.push(record);
  return records;
}

async function read(text: string | string[], format: ImportFormat, lineBytes = 1_000): Promise<ImportRecord[]> {
  return readAll(
    (Array.isArray(text) ? text : [text]).map((chunk) => Buffer.from(chunk)),
    format,
    lineBytes,
  );
}

/** A body of 64 MB in 64 KB chunks made as they are read: a header, one line of all the rest, a row. */
async function* hugeLine(first: string, last: string): AsyncGenerator<Buffer> {
  const total = 64 * 1_048_576;
  const chunk = Buffer.alloc(65_536, 'x');
  yield Buffer.from(first);
  let left = total - first.length - last.length;
  for (; left > chunk.length; left -= chunk.length) yield chunk;
  yield chunk.subarray(0, left);
  yield Buffer.from(last);
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
    expect(await readAll(split, 'csv', 100)).toEqual([{ line: 2, fields: { name: 'Zoë' } }]);
  });

  it('refuses a row longer than the cap, alone, and takes one of exactly the cap', async () => {
    const cap = `a,${'y'.repeat(18)}`;
    expect(await read(['a,b\n', `${cap}\n${cap}z\n1,2\n`], 'csv', 20)).toEqual([
      { line: 2, fields: { a: 'a', b: 'y'.repeat(18) } },
      { line: 3, error: 'the row is longer than 20 bytes' },
      { line: 4, fields: { a: '1', b: '2' } },
    ]);
  });

  it('counts a quoted row over every line it spans, and skips it whole when it is too long', async () => {
    const body = 'a,b\n1,"first\nsecond\nthird"\n2,"x\ny"\n3,4';
    expect(await read(body, 'csv', 12)).toEqual([
      { line: 2, error: 'the row is longer than 12 bytes' },
      { line: 5, fields: { a: '2', b: 'x\ny' } },
      { line: 7, fields: { a: '3', b: '4' } },
    ]);
  });

  it('names the line of a malformed quote and reads on with the next row', async () => {
    const body = 'a,b\nab"c",1\n"ab"c,2\n3,"multi\nline"x\nok,5\n';
    expect(await read(body, 'csv')).toEqual([
      {
        line: 2,
        error: 'a quote may only open a field: quote the whole field and double the quotes inside it',
      },
      { line: 3, error: 'a closing quote must be followed by a comma or the end of the row' },
      // A row spanning lines starts on line 4; the quote at fault is on line 5.
      { line: 4, error: 'a closing quote must be followed by a comma or the end of the row (line 5)' },
      { line: 6, fields: { a: 'ok', b: '5' } },
    ]);
  });

  it('reports a quote left open even when what follows it is longer than the cap', async () => {
    expect(await read(['a,b\n1,2\n3,"open\n', 'z'.repeat(50), '\n5,6\n'], 'csv', 20)).toEqual([
      { line: 2, fields: { a: '1', b: '2' } },
      { line: 3, error: 'a quoted field is never closed' },
    ]);
  });

  it('reads no row when the header cannot be read, and says so once', async () => {
    expect(await read('a,"b"c\n1,2\n3,4\n', 'csv')).toEqual([
      {
        line: 1,
        error: 'the header row cannot be read: a closing quote must be followed by a comma or the end of the row',
      },
    ]);
  });

  it('skips a 64 MB line after its first megabyte and imports the row after it', async () => {
    const records = await readAll(hugeLine('record,n\n', '\nmedication_event,1\n'), 'csv', 1_048_576);
    expect(records).toEqual([
      { line: 2, error: 'the row is longer than 1048576 bytes' },
      { line: 3, fields: { record: 'medication_event', n: '1' } },
    ]);
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

  it('refuses a line longer than the cap, alone, and takes one of exactly the cap', async () => {
    const cap = `{"a":"${'y'.repeat(12)}"}`;
    expect(await read(`${cap}\r\n${cap} \n{"b":1}`, 'ndjson', 20)).toEqual([
      { line: 1, fields: { a: 'y'.repeat(12) } },
      { line: 2, error: 'the line is longer than 20 bytes' },
      { line: 3, fields: { b: 1 } },
    ]);
  });

  it('skips a 64 MB line after its first megabyte and reads the line after it', async () => {
    const records = await readAll(hugeLine('{"a":1}\n{"a":"', '"}\n{"a":2}'), 'ndjson', 1_048_576);
    expect(records).toEqual([
      { line: 1, fields: { a: 1 } },
      { line: 2, error: 'the line is longer than 1048576 bytes' },
      { line: 3, fields: { a: 2 } },
    ]);
  });

  it('stops at the byte limit', async () => {
    const chunks = [Buffer.from('{"a":1}\n'), Buffer.from('{"a":2}\n')];
    const records = importRecords(Readable.from(chunks), 'ndjson', { bodyBytes: 10, lineBytes: 10 });
    await expect(records.next()).resolves.toEqual({ done: false, value: { line: 1, fields: { a: 1 } } });
    await expect(records.next()).rejects.toBeInstanceOf(ImportTooLargeError);
  });
});
