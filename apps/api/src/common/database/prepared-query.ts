import { createHash } from 'node:crypto';
import pg, { type PoolClient } from 'pg';
import { type EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

const names = new Map<string, string>();

let sessionPerConnection = true;

/**
 * The embedded database serves every connection from one PostgreSQL session, so a statement one
 * connection prepared already exists for the next, which then fails to prepare it again: in a
 * process that runs it, statements go unnamed.
 */
export function connectionsShareOneSession(): void {
  sessionPerConnection = false;
}

/** The statement's name on every connection: the same text always gets the same name. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `q_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement as a named prepared statement on the manager's connection (its transaction's,
 * or one taken from the pool for the call), so PostgreSQL parses and plans it once per connection
 * rather than on every call: for statements that run on every request, whose planning cost as
 * much as running them. The statement's text must not vary with the values (they are bound).
 * Errors come as TypeORM's own query errors, as `manager.query` raises them.
 */
export async function preparedQuery<T>(manager: EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner('master');
  const owned = !manager.queryRunner;
  // As TypeORM's own query does: a transaction whose connection failed has handed it back to the
  // pool, and its next statement must not run on whatever holds that connection now.
  if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  try {
    const client: PoolClient = await runner.connect();
    const query = { text, values: [...values] };
    const result = await client.query(sessionPerConnection ? { ...query, name: nameOf(text) } : query);
    return result.rows as T[];
  } catch (error) {
    throw error instanceof pg.DatabaseError ? new QueryFailedError(text, [...values], error) : error;
  } finally {
    if (owned) await runner.release();
  }
}
