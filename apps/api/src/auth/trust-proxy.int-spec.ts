import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const SPOOFED = '198.51.100.7';

/** The address the audit trail kept for a request; its event is written once the answer is sent. */
async function auditedIpOf(t: TestApp, requestId: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [event]: { ip: string }[] = await t.dataSource.query('SELECT ip FROM audit_event WHERE request_id = $1', [
      requestId,
    ]);
    if (event) return event.ip;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no audit event for request ${requestId}`);
}

/** Signs in wrongly with this X-Forwarded-For; answers the status and the address the audit trail kept. */
async function failedSignIn(t: TestApp, forwardedFor: string) {
  const requestId = randomUUID();
  const response = await request(t.server)
    .post('/api/auth/login')
    .set('X-Request-Id', requestId)
    .set('X-Forwarded-For', forwardedFor)
    .send({ email: `nobody-${randomUUID()}@example.test`, password: 'not anyone’s password' });
  return { status: response.status, auditedIp: await auditedIpOf(t, requestId) };
}

describe('TRUST_PROXY: a forged X-Forwarded-For changes neither the audited address nor the limits', () => {
  describe('one trusted hop (TRUST_PROXY=1, the proxy replaces or appends the address it saw)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { TRUST_PROXY: '1' } });
    });
    afterAll(() => t.close());

    it('audits the address the proxy saw, not what the client wrote before it', async () => {
      expect(await failedSignIn(t, `${SPOOFED}, 203.0.113.50`)).toEqual({ status: 401, auditedIp: '203.0.113.50' });
    });

    it('counts one client under one address however it varies the forged part', async () => {
      const results = await Promise.all(
        Array.from({ length: 21 }, (_, i) => failedSignIn(t, `198.51.100.${i + 10}, 203.0.113.51`)),
      );
      expect(results.filter((r) => r.status === 401)).toHaveLength(20);
      expect(results.filter((r) => r.status === 429)).toHaveLength(1);
      expect(new Set(results.map((r) => r.auditedIp))).toEqual(new Set(['203.0.113.51']));
    });
  });

  describe('listed proxies only (the caller is not one of them)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { TRUST_PROXY: '10.0.0.0/8,192.168.0.10' } });
    });
    afterAll(() => t.close());

    it('ignores X-Forwarded-For from anyone else: the address is the connection’s', async () => {
      const { status, auditedIp } = await failedSignIn(t, SPOOFED);
      expect(status).toBe(401);
      expect(auditedIp).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    });

    it('keeps the per-address limit of the connection, whatever addresses it claims', async () => {
      const results = await Promise.all(Array.from({ length: 21 }, (_, i) => failedSignIn(t, `198.51.100.${i + 10}`)));
      // One wrong sign-in was made from this connection's address in the test above.
      expect(results.filter((r) => r.status === 401)).toHaveLength(19);
      expect(results.filter((r) => r.status === 429)).toHaveLength(2);
    });
  });
});
