import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export interface BulkColumn {
  property: string;
  name: string;
  /** How a value travels: JSON text, a PostgreSQL array literal, or as it is. */
  kind: 'json' | 'array' | 'scalar';
}

/** The columns a bulk load fills, named as the entity names them; the others take their defaults. */
export interface BulkTable {
  name: string;
  columns: BulkColumn[];
}

/** A bulk-load description of an entity's table, from its TypeORM metadata. */
export function bulkTable<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  properties: readonly (keyof T & string)[],
): BulkTable {
  const metadata = dataSource.getMetadata(target);
  return {
    name: metadata.tableName,
    columns: properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
      const kind = column.isArray ? 'array' : column.type === 'jsonb' || column.type === 'json' ? 'json' : 'scalar';
      return { property, name: column.databaseName, kind };
    }),
  };
}

/** A value of a row, keyed by property name. */
export type BulkRow = Record<string, unknown>;
