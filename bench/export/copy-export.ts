// The other side of `npm run bench:export`, in its own process: the export's own statement run by
// PostgreSQL as `COPY (...) TO STDOUT`, streamed by pg-copy-streams into /dev/null.
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { measured, peakRssBytes, readInput, type SideResult } from './measure.js';
import type { CapturedQuery } from './service-export.js';

export interface CopyExportInput {
  databaseUrl: string;
  query: CapturedQuery;
}

const NEWLINE = 0x0a;

/** COPY takes no bind parameters: the captured values go in as quoted literals. */
function withLiterals(client: pg.Client, query: CapturedQuery): string {
  return query.text.replace(/\$(\d+)\b/g, (_match, position: string) => {
    const value = query.values[Number(position) - 1];
    return value === null || value === undefined ? 'NULL' : client.escapeLiteral(value);
  });
}

const input = await readInput<CopyExportInput>();
const client = new pg.Client({ connectionString: input.databaseUrl });
await client.connect();
let bytes = 0;
let lines = 0;
const counter = new Transform({
  transform(chunk: Buffer, _encoding, callback) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) lines += 1;
    callback(null, chunk);
  },
});
const sql = `COPY (${withLiterals(client, input.query)}) TO STDOUT`;
const run = await measured(() => pipeline(client.query(copyTo(sql)), counter, createWriteStream('/dev/null')));
await client.end();
const result: SideResult = {
  rows: lines,
  bytes,
  ms: run.ms,
  peakRssBytes: peakRssBytes(),
  baselineRssBytes: run.baselineRssBytes,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
