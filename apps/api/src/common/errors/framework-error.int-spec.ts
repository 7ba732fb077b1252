import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('URLs the router refuses before any hook runs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('answers a malformed percent-encoding 400 in the error shape, without echoing the URL', async () => {
    const response = await request(t.server).get('/api/patients/%zz').set('x-request-id', 'bad-url-1');
    expect(response.status).toBe(400);
    expect(response.headers['x-request-id']).toBe('bad-url-1');
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'The URL is not valid: a percent-encoding is malformed',
      requestId: 'bad-url-1',
    });
  });

  it('answers an over-long path parameter 414 in the error shape, without echoing it', async () => {
    const response = await request(t.server).get(`/api/patients/${'a'.repeat(3000)}`);
    expect(response.status).toBe(414);
    expect(response.body).toEqual({
      statusCode: 414,
      code: 'URI_TOO_LONG',
      message: 'A path parameter of the URL is too long',
      requestId: response.headers['x-request-id'],
    });
    expect(response.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
