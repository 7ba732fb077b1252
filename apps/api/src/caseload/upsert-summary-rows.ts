import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query.js';
import { PatientSummaryRow } from './patient-summary.entity.js';

/** The row's columns as the entity maps them: property name and column name, updated_at aside. */
interface SummaryColumns {
  columns: { property: string; name: string }[];
  sql: string;
}

let cached: SummaryColumns | null = null;

/**
 * One statement for any number of rows, its text the same whatever their number, so it is
 * prepared once per connection: the rows go as one JSON array that PostgreSQL reads into
 * patient_summary's own row type. TypeORM's upsert wrote a new statement for each batch size and
 * cost every clinical write its planning.
 */
function summaryColumns(manager: EntityManager): SummaryColumns {
  if (cached) return cached;
  const metadata = manager.connection.getMetadata(PatientSummaryRow);
  const columns = [
    ...new Map(
      metadata.columns
        .filter((column) => !column.isUpdateDate)
        .map((column) => [column.databaseName, { property: column.propertyName, name: column.databaseName }]),
    ).values(),
  ];
  const names = columns.map((c) => `"${c.name}"`);
  const updated = columns.filter((c) => c.name !== 'patient_id').map((c) => `"${c.name}" = EXCLUDED."${c.name}"`);
  const sql = `INSERT INTO patient_summary (${names.join(', ')}, updated_at)
    SELECT ${names.join(', ')}, now() FROM jsonb_populate_recordset(NULL::patient_summary, $1::jsonb)
    ON CONFLICT (patient_id) DO UPDATE SET ${[...updated, 'updated_at = now()'].join(', ')}`;
  cached = { columns, sql };
  return cached;
}

/** Writes these caseload rows, new or replacing the patient's row. */
export async function upsertSummaryRows(manager: EntityManager, rows: readonly PatientSummaryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const { columns, sql } = summaryColumns(manager);
  const json = rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c.name, row[c.property as keyof PatientSummaryRow] ?? null])),
  );
  await preparedQuery(manager, sql, [JSON.stringify(json)]);
}
