import { createTestApp, type TestApp } from '../test/test-app.js';

/** The HTTP contract every route shares: error shape, request ids, headers, API docs. */
describe('the HTTP application', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('reports itself healthy with the database up', async () => {
    const response = await t.api.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers an unknown API route with the error shape', async () => {
    const response = await t.api.get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('answers malformed JSON with a 400 in the same shape, without internals', async () => {
    const response = await t.api
      .post('/api/care-teams')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
    expect(JSON.stringify(response.body)).not.toMatch(/ at |node_modules|\.js:\d+/);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await t.api
      .post('/api/care-teams')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const mine = await t.api.get('/api/health').set('x-request-id', 'trace-abc.123');
    expect(mine.headers['x-request-id']).toBe('trace-abc.123');

    const hostile = await t.api.get('/api/health').set('x-request-id', 'bad id\twith "quotes"');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await t.api.get('/api/auth/me');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('publishes the OpenAPI document and Swagger UI', async () => {
    const document = await t.api.get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/care-teams']));

    const ui = await t.api.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });
});
