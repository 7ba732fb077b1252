import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

/** Applies pending migrations on a connection of its own (the schema owner's), then closes it. */
export async function runMigrations(url: string, connectMs: number): Promise<void> {
  // One connection, no statement limit: a migration may rewrite a large table.
  const dataSource = new DataSource(dataSourceOptions(url, 1, { connectMs, statementMs: 0 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
