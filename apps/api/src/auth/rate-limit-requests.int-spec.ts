import { jest } from '@jest/globals';
import request, { type Response } from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { RateLimitRequestsGuard } from './rate-limit-requests.guard.js';

const LIMIT = 5;

jest.setTimeout(60_000);

describe('per-principal request limit', () => {
  let t: TestApp;
  let addressNumber = 0;

  beforeAll(async () => {
    // The test client is the proxy, so each test can call from an address of its own.
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: '127.0.0.1,::1' } });
  });

  afterAll(() => t.close());

  // Windows are whole minutes: start each test well inside one, so its requests share a window.
  beforeEach(async () => {
    const [row]: { seconds: number }[] = await t.dataSource.query(
      'SELECT extract(second FROM clock_timestamp())::float AS seconds',
    );
    const seconds = row?.seconds ?? 0;
    if (seconds > 45) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
  });

  const newAddress = () => `198.51.100.${++addressNumber}`;

  function expectRateLimited(response: Response): void {
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', message: expect.any(String) });
    const retryAfter = Number(response.headers['retry-after']);
    expect(response.body.details).toEqual({ retryAfterSeconds: retryAfter });
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  }

  it('answers 429 with Retry-After once a signed-in user is over the limit, and only that user', async () => {
    const nurse = await t.as(['nurse']);
    for (let i = 0; i < LIMIT; i++) await nurse.get('/api/auth/me').expect(200);
    expectRateLimited(await nurse.get('/api/auth/me'));
    // The same address, another user: the count is per user.
    await (await t.as(['nurse'])).get('/api/auth/me').expect(200);
  });

  it('lets no more than the limit through when requests arrive at once', async () => {
    const nurse = await t.as(['nurse']);
    const responses = await Promise.all(Array.from({ length: 2 * LIMIT }, () => nurse.get('/api/auth/me')));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(LIMIT);
    for (const response of responses.filter((r) => r.status !== 200)) expectRateLimited(response);
  });

  it('counts each request of a burst once, though the burst shares its reads of the principal', async () => {
    const nurse = await t.as(['nurse']);
    const burst = await Promise.all(Array.from({ length: LIMIT - 1 }, () => nurse.get('/api/auth/me')));
    expect(burst.map((r) => r.status)).toEqual(Array(LIMIT - 1).fill(200));
    const [window]: { hits: number }[] = await t.dataSource.query(
      'SELECT hits FROM request_rate_limit WHERE principal = $1',
      [`clinician:${nurse.clinician.id}`],
    );
    expect(window?.hits).toBe(LIMIT - 1);
    await nurse.get('/api/auth/me').expect(200);
    expectRateLimited(await nurse.get('/api/auth/me'));
  });

  it('counts callers who are not signed in by address, and leaves the health check out', async () => {
    const address = newAddress();
    const login = (from: string, n: number) =>
      request(t.server)
        .post('/api/auth/login')
        .set('X-Forwarded-For', from)
        .send({ email: `nobody-${n}@example.org`, password: 'not the password at all' });
    for (let i = 0; i < LIMIT; i++) expect((await login(address, i)).status).toBe(401);
    expectRateLimited(await login(address, LIMIT));
    expect((await login(newAddress(), LIMIT)).status).toBe(401);
    for (let i = 0; i < 2; i++) await request(t.server).get('/api/health').set('X-Forwarded-For', address).expect(200);
  });

  it('forgets the minutes that are over', async () => {
    await t.dataSource.query(
      `INSERT INTO request_rate_limit (window_started_at, principal, hits)
       VALUES (date_trunc('minute', now()) - interval '2 minutes', 'address:192.0.2.1', 3)`,
    );
    const nurse = await t.as(['nurse']);
    await nurse.get('/api/auth/me').expect(200);
    await t.app.get(RateLimitRequestsGuard).removePastWindows();
    const left: { principal: string }[] = await t.dataSource.query('SELECT principal FROM request_rate_limit');
    expect(left.map((row) => row.principal)).toContain(`clinician:${nurse.clinician.id}`);
    expect(left.map((row) => row.principal)).not.toContain('address:192.0.2.1');
  });
});
