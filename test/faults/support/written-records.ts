import { REQUEST_DEADLINE_MS } from './api-client.js';
import { acknowledgedId, WRITTEN_TABLES, type WriteOutcome, type WrittenTable } from './write-traffic.js';

/** Runs SQL on the database the app wrote to. */
export type Sql = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

/** Acknowledged writes whose row is not in the database: each one a lost write. */
export async function lostWrites(sql: Sql, writes: readonly WriteOutcome[]): Promise<string[]> {
  const lost: string[] = [];
  for (const write of writes) {
    if (write.op === 'import') {
      if (write.outcome.status !== 200) continue;
      const imported = rowsImported(write);
      const stored = await importedRows(sql, write.marker ?? '');
      if (stored !== imported) lost.push(`import ${write.marker}: answered ${imported} rows, stored ${stored}`);
      continue;
    }
    const id = acknowledgedId(write);
    if (!id) continue;
    const [row] = await sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${write.op} WHERE id = $1`, [id]);
    if (row?.n !== 1) lost.push(`${write.op} ${id} was answered 201 but is not stored`);
  }
  return lost;
}

/** Imports not answered 200 that left part of their rows: an import batch is all or nothing. */
export async function halfWrittenImports(sql: Sql, writes: readonly WriteOutcome[]): Promise<string[]> {
  const half: string[] = [];
  for (const write of writes) {
    if (write.op !== 'import' || write.outcome.status === 200) continue;
    const stored = await importedRows(sql, write.marker ?? '');
    if (stored !== 0 && stored !== write.rows) half.push(`import ${write.marker}: ${stored} of ${write.rows} rows`);
  }
  return half;
}

/** The rows an import's 200 answer says it stored. */
function rowsImported(write: WriteOutcome): number {
  return (write.outcome.body as { rowsImported: number }).rowsImported;
}

async function importedRows(sql: Sql, marker: string): Promise<number> {
  const [row] = await sql<{ n: number }>('SELECT COUNT(*)::int AS n FROM medication_event WHERE note = $1', [marker]);
  return row?.n ?? 0;
}

/**
 * Rows written since `since` that no answer acknowledged, table by table: a call the app took must
 * be answered, so a call that got no answer (or a refusal) must have left nothing behind.
 */
export async function unacknowledgedRows(sql: Sql, writes: readonly WriteOutcome[], since: Date): Promise<string[]> {
  const expected = new Map<WrittenTable, number>();
  const add = (table: WrittenTable, rows: number) => expected.set(table, (expected.get(table) ?? 0) + rows);
  for (const write of writes) {
    if (write.op === 'import') {
      if (write.outcome.status === 200) add('medication_event', rowsImported(write));
    } else if (acknowledgedId(write)) {
      add(write.op, 1);
    }
  }
  const mismatches: string[] = [];
  for (const table of WRITTEN_TABLES) {
    const [row] = await sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${table} WHERE created_at >= $1`, [since]);
    const stored = row?.n ?? 0;
    const answered = expected.get(table) ?? 0;
    if (stored !== answered) mismatches.push(`${table}: ${stored} rows written, ${answered} acknowledged`);
  }
  return mismatches;
}

/** Patients every write touched (existing ones, and new ones whatever their answer), for the caseload check. */
export function touchedPatients(writes: readonly WriteOutcome[]): string[] {
  return [...new Set(writes.flatMap((write) => (write.patientId ? [write.patientId] : [])))];
}

/**
 * Every answer that is neither a success nor a clean refusal: what a fault must never produce.
 * `gone` names the failures to expect when the process is meant to go away (nobody listening, a
 * connection cut by a killed process); a call that outlived the deadline is never one of them.
 */
export function uncleanAnswers(writes: readonly WriteOutcome[], gone?: RegExp): string[] {
  return writes.flatMap(({ op, outcome }) => {
    if (outcome.status === 'no-answer') {
      const expected = gone?.test(outcome.failure ?? '') && outcome.elapsedMs < REQUEST_DEADLINE_MS;
      return expected ? [] : [`${op}: no answer after ${outcome.elapsedMs} ms (${outcome.failure})`];
    }
    if (outcome.status === 200 || outcome.status === 201) return [];
    const clean = (outcome.status === 503 || (outcome.status >= 400 && outcome.status < 500)) && !!outcome.code;
    return clean ? [] : [`${op}: ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 300)}`];
  });
}

/** Counts of answers by status and code, for the report a failed expectation prints. */
export function tally(writes: readonly WriteOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { outcome } of writes) {
    const key = `${outcome.status}${outcome.code ? ` ${outcome.code}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
