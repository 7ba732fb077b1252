import request from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('GET /api/health served ahead of the pipeline', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { CORS_ORIGINS: 'https://portal.example.org' } });
  });

  afterAll(() => t.close());

  it("answers with the report, the request id, no-store and a probe's security headers", async () => {
    const response = await request(t.server).get('/api/health?from=lb').set('x-request-id', 'lb-1').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers).toMatchObject({
      'x-request-id': 'lb-1',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringContaining('max-age='),
    });
  });

  it('leaves a cross-origin call to the whole pipeline, which adds its CORS headers', async () => {
    const response = await request(t.server).get('/api/health').set('origin', 'https://portal.example.org').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers['access-control-allow-origin']).toBe('https://portal.example.org');
  });
});
