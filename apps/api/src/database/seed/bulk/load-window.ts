import type { QueryRunner } from 'typeorm';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/**
 * PostgreSQL's advice for populating a database: drop the secondary indexes and the foreign keys
 * of the tables being loaded, load, then create the indexes in one sorted pass each and check each
 * foreign key with one join. Primary keys and unique constraints stay. Runs inside the loading
 * transaction, so a failed load leaves the schema as it was. Returns what puts them back.
 */
export async function dropIndexesAndForeignKeys(
  queryRunner: QueryRunner,
  tables: readonly string[],
): Promise<() => Promise<void>> {
  const indexes: Definition[] = await queryRunner.query(
    `SELECT c.relname AS "table", i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid AND k.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  const foreignKeys: Definition[] = await queryRunner.query(
    `SELECT c.relname AS "table", k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)`,
    [tables],
  );
  for (const fk of foreignKeys) await queryRunner.query(`ALTER TABLE "${fk.table}" DROP CONSTRAINT "${fk.name}"`);
  for (const index of indexes) await queryRunner.query(`DROP INDEX "${index.name}"`);

  return async () => {
    // Sorting for an index build runs in memory rather than in temporary files.
    await queryRunner.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await queryRunner.query(index.definition);
    for (const fk of foreignKeys) {
      await queryRunner.query(`ALTER TABLE "${fk.table}" ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
    }
  };
}
