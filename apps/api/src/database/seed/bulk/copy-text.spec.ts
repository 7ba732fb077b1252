import type { BulkTable } from './bulk-table.js';
import { copyLine } from './copy-text.js';
import { SequentialUuids } from './sequential-uuids.js';

const table: BulkTable = {
  name: 't',
  columns: [
    { property: 'text', name: 'text', kind: 'scalar' },
    { property: 'tags', name: 'tags', kind: 'array' },
    { property: 'doc', name: 'doc', kind: 'json' },
    { property: 'flag', name: 'flag', kind: 'scalar' },
    { property: 'at', name: 'at', kind: 'scalar' },
  ],
};

describe('copyLine', () => {
  it('writes tab-separated values with \\N for NULL and t/f for booleans', () => {
    expect(copyLine(table, { text: 'a', tags: ['x'], doc: { k: 1 }, flag: true, at: null })).toBe(
      'a\t{"x"}\t{"k":1}\tt\t\\N\n',
    );
    expect(copyLine(table, { text: null, tags: null, doc: null, flag: false, at: new Date(0) })).toBe(
      '\\N\t\\N\t\\N\tf\t1970-01-01T00:00:00.000Z\n',
    );
  });

  it('escapes backslashes, tabs and line breaks so a value never spills into the next one', () => {
    expect(copyLine(table, { text: 'a\tb\nc\\d\re', tags: [], doc: [], flag: null, at: null })).toBe(
      'a\\tb\\nc\\\\d\\re\t{}\t[]\t\\N\t\\N\n',
    );
  });

  it('quotes array elements, so commas, braces and quotes stay inside one element', () => {
    expect(copyLine(table, { text: '', tags: ['a,b', '{c}', 'say "hi"', null], doc: null, flag: null, at: null })).toBe(
      '\t{"a,b","{c}","say \\\\"hi\\\\"",NULL}\t\\N\t\\N\t\\N\n',
    );
  });

  it('keeps backslashes inside JSON escaped once more for COPY', () => {
    expect(copyLine(table, { text: '', tags: [], doc: { note: 'line\nbreak' }, flag: null, at: null })).toBe(
      '\t{}\t{"note":"line\\\\nbreak"}\t\\N\t\\N\n',
    );
  });
});

describe('SequentialUuids', () => {
  it('gives valid version-7 UUIDs, each sorting after the one before', () => {
    const ids = new SequentialUuids(1_790_000_000_000);
    const made = Array.from({ length: 5000 }, () => ids.next());
    expect(made.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
  });
});
