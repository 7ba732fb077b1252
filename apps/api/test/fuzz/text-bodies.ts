import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { setAt } from './body-fields.js';
import { hostileFor, hostileJson } from './hostile-values.js';
import type { Schema } from './openapi-operations.js';
import { Repeated } from './printable-values.js';
import type { RecordPools } from './record-pools.js';
import { type Resolver, validValue } from './valid-values.js';

/** A text body (CSV, NDJSON, ...): rows to write out, or a whole file as it is, and what is hostile. */
export interface TextBody {
  contentType: string;
  rows?: Record<string, unknown>[];
  file?: string | Buffer | Repeated;
  hostile: string;
}

/** Rows of files are records like the JSON bodies: the names the description gives (`record`'s values). */
function recordNamesOf(description = ''): string[] {
  return [...new Set(description.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? [])];
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Repeated)) return JSON.stringify(value);
  return String(value);
}

/** The bytes of a text body as they go on the wire. */
export function textOf(body: TextBody): string | Buffer {
  if (body.file instanceof Buffer) return body.file;
  if (body.file !== undefined) return String(body.file);
  return serialize(body.contentType, body.rows ?? []);
}

function serialize(contentType: string, rows: Record<string, unknown>[]): string {
  if (!contentType.includes('csv')) return rows.map((row) => JSON.stringify(row)).join('\n');
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return stringify(
    rows.map((row) => columns.map((column) => cellOf(row[column]))),
    { header: true, columns },
  );
}

const BROKEN_FILES: (string | Buffer)[] = [
  '',
  '\n\n\n',
  '\uFEFF',
  '{"record":',
  'record,patientId\n"unterminated,x',
  'record,record,record\n1,2,3',
  `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n1`,
  '\u0000\u0000\u0000',
  Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]),
  'null\n[]\n"x"\n1\n{}',
];

/**
 * Files for an operation that takes text: rows built like the document's JSON bodies (with the
 * record names its description lists and real patient ids), one cell hostile, or a broken file.
 */
export function textBodies(
  contentTypes: string[],
  description: string | undefined,
  rowSchemas: Schema[],
  pools: RecordPools,
  resolve: Resolver,
): fc.Arbitrary<TextBody> {
  const names = recordNamesOf(description);
  const row = fc
    .tuple(
      fc.constantFrom(...rowSchemas).chain((schema) => validValue(schema, '', pools, resolve)),
      names.length > 0 ? fc.constantFrom(...names) : fc.constant(undefined),
      pools.idOf('patients'),
    )
    .map(([fields, record, patientId]) => ({ record, patientId, ...(fields as Record<string, unknown>) }));
  const rows = fc.array(row, { minLength: 1, maxLength: 4 });
  const contentType = fc.constantFrom(...contentTypes);

  const valid = fc.tuple(contentType, rows).map(([type, list]) => ({ contentType: type, rows: list, hostile: 'none' }));
  const hostileCell = fc
    .tuple(contentType, rows, fc.nat(), fc.constantFrom('record', 'patientId', 'occurredOn', 'kind', 'extra'))
    .chain(([type, list, at, key]) =>
      hostileFor({}).map((value) => {
        const index = at % list.length;
        const changed = list.map((entry, i) =>
          i === index ? (setAt(entry, [key], value) as Record<string, unknown>) : entry,
        );
        return { contentType: type, rows: changed, hostile: `row ${index + 1}.${key}` };
      }),
    );
  const broken = fc
    .tuple(
      contentType,
      fc.oneof(
        fc.constantFrom(...BROKEN_FILES),
        hostileJson.map((value) => JSON.stringify(value) ?? ''),
      ),
    )
    .map(([type, file]) => ({ contentType: type, file, hostile: 'whole file' }));
  const huge = contentType.map((type) => ({
    contentType: type,
    file: new Repeated('a', 2_000_000),
    hostile: '2 MB line',
  }));
  return fc.oneof(
    { arbitrary: valid, weight: 2 },
    { arbitrary: hostileCell, weight: 4 },
    { arbitrary: broken, weight: 2 },
    { arbitrary: huge, weight: 1 },
  );
}
