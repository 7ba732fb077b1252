import request from 'supertest';
import { createTestApp } from '../../test/test-app.js';
import { EmbeddedPostgres } from '../database/embedded-postgres.js';
import { HEALTH_CACHE_MS } from './health.service.js';

describe('GET /api/health against a database that goes away', () => {
  // Starting and migrating a database of its own takes most of this test's time on a busy machine.
  it('answers 503 once the database stops answering, and does not hang', async () => {
    const database = await EmbeddedPostgres.start();
    const t = await createTestApp({ databaseUrl: database.url });
    try {
      await request(t.server).get('/api/health').expect(200);

      await database.stop();
      // The last probe's answer stands for at most this long.
      await new Promise((resolve) => setTimeout(resolve, HEALTH_CACHE_MS));

      const started = Date.now();
      const response = await request(t.server).get('/api/health').expect(503);
      expect(response.body).toEqual({ status: 'degraded', database: 'down' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await t.app.close().catch(() => undefined);
    }
  }, 180_000);
});
