import request from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('GET /api/health answered by the HTTP server ahead of Fastify', () => {
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
      'strict-transport-security': expect.stringContaining('max-age='),
      'x-content-type-options': 'nosniff',
      'content-type': 'application/json; charset=utf-8',
    });
  });

  it("answers HEAD with GET's headers, its length included", async () => {
    const response = await request(t.server).head('/api/health').expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const body = JSON.stringify({ status: 'ok', database: 'up' });
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('leaves other paths to Fastify', async () => {
    const response = await request(t.server).get('/api/health/extra').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404 });
  });

  it('leaves a cross-origin call to the whole pipeline, which adds its CORS headers', async () => {
    const response = await request(t.server).get('/api/health').set('origin', 'https://portal.example.org').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers['access-control-allow-origin']).toBe('https://portal.example.org');
  });
});
