import { setTimeout as sleep } from 'node:timers/promises';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('more requests waiting for the database than DATABASE_QUEUE_LIMIT', () => {
  let t: TestApp;
  const QUEUE_LIMIT = 2;

  beforeAll(async () => {
    t = await createTestApp({ env: { DATABASE_QUEUE_LIMIT: String(QUEUE_LIMIT) } });
  });

  afterAll(() => t.close());

  it('refuses further API requests with 503 SERVER_BUSY at once, answers health, and serves again once drained', async () => {
    const pool: { waitingCount: number; options: { max: number } } = (t.dataSource.driver as PostgresDriver).master;
    // Every connection busy, and more statements than the limit waiting for one.
    const held = Array.from({ length: pool.options.max + QUEUE_LIMIT + 1 }, () =>
      t.dataSource.query('SELECT pg_sleep(1.5)'),
    );
    while (pool.waitingCount <= QUEUE_LIMIT) await sleep(10);

    const busy = await t.api.get('/api/caseload');
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.body).toEqual({
      statusCode: 503,
      code: 'SERVER_BUSY',
      message: 'This instance is busy; retry the request shortly',
      requestId: busy.headers['x-request-id'],
    });
    const health = t.api.get('/api/health');

    // Some may time out waiting on a one-connection embedded database: only the drain matters here.
    await Promise.allSettled(held);
    expect((await health).body).not.toHaveProperty('code');
    await t.api.get('/api/caseload').expect(200);
  });
});
