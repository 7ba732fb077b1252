import type pg from 'pg';
import { dataSourceOptions } from './data-source.js';

describe('dataSourceOptions', () => {
  it("gives the pool connections that outlive an error while checked out (pg-pool listens only while they're idle)", () => {
    const { extra } = dataSourceOptions('postgres://postgres@127.0.0.1:5432/naltrack') as {
      extra: { Client: typeof pg.Client };
    };
    const client = new extra.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/naltrack' });
    const cut = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    // An EventEmitter without an 'error' listener throws this error at the emitter: the process would end.
    expect(() => client.emit('error', cut)).not.toThrow();
  });

  it('bounds connections and statements only when asked', () => {
    const cli = dataSourceOptions('postgres://db/naltrack') as { extra: Record<string, unknown> };
    expect(cli.extra).toMatchObject({ connectionTimeoutMillis: 5_000 });
    expect(cli.extra).not.toHaveProperty('statement_timeout');
    const app = dataSourceOptions('postgres://db/naltrack', 10, { connectMs: 2_000, statementMs: 5_000 }) as {
      extra: Record<string, unknown>;
    };
    expect(app.extra).toMatchObject({
      connectionTimeoutMillis: 2_000,
      statement_timeout: 5_000,
      query_timeout: 10_000,
    });
  });
});
