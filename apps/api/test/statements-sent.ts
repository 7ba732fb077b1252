import pg from 'pg';

type Query = (...args: unknown[]) => unknown;

function textOf(query: unknown): string {
  if (typeof query === 'string') return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

/**
 * The text of every statement sent to the database while `work` runs, whichever way it was sent
 * (TypeORM's query, a named prepared statement): read where every one passes, pg's Client.query.
 */
export async function statementsSent(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const client = pg.Client.prototype as unknown as { query: Query };
  const original = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    sent.push(textOf(args[0]));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    client.query = original;
  }
  return sent;
}
