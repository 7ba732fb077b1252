import request, { type Response, type Test } from 'supertest';
import { newClinician } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { PasswordService } from './password.service.js';
import { newTotpSecret, totpAt } from './totp.js';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'violet kettle harbour lantern';
const STEP_MS = 30_000;

describe('sign-in hardening: counted attempts, single-use codes, password change', () => {
  let t: TestApp;
  let passwordHash: string;
  let clientNumber = 0;

  beforeAll(async () => {
    // The test client is the proxy in front of the app, so each test can sign in from an address
    // of its own (X-Forwarded-For) and not share the per-address counter with the others.
    t = await createTestApp({ env: { TRUST_PROXY: '127.0.0.1,::1' } });
    passwordHash = await new PasswordService().hash(PASSWORD);
  });

  afterAll(() => t.close());

  const newAddress = () => `203.0.113.${++clientNumber}`;
  const user = (roles: Parameters<typeof newClinician>[1]['roles'] = ['nurse']) =>
    newClinician(t.dataSource, { roles, passwordHash });

  function login(address: string, body: object): Test {
    return request(t.server).post('/api/auth/login').set('X-Forwarded-For', address).send(body);
  }

  async function session(email: string, address: string) {
    const response = await login(address, { email, password: PASSWORD });
    expect(response.status).toBe(200);
    return {
      cookie: response.headers['set-cookie']?.[0]?.split(';')[0] ?? '',
      csrf: response.body.csrfToken as string,
    };
  }

  function statuses(responses: Response[]): Record<number, number> {
    const counts: Record<number, number> = {};
    for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }

  function expectRetryAfter(responses: Response[]): void {
    for (const response of responses.filter((r) => r.status === 429)) {
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
  }

  /** The events of one actor and action; each is written once its answer is sent. */
  async function auditEvents(actorId: string, action: string) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const events: { outcome: string; detail: unknown; ip: string }[] = await t.dataSource.query(
        'SELECT outcome, detail, ip FROM audit_event WHERE actor_id = $1 AND action = $2',
        [actorId, action],
      );
      if (events.length > 0) return events;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no audit event for ${action}`);
  }

  async function withTotp(roles: Parameters<typeof newClinician>[1]['roles'] = ['nurse']) {
    const clinician = await user(roles);
    const secret = newTotpSecret();
    await t.dataSource.query('UPDATE clinician SET totp_secret = $2, totp_enabled = true WHERE id = $1', [
      clinician.id,
      secret,
    ]);
    return { clinician, secret };
  }

  describe('wrong passwords, counted before they are checked', () => {
    it('answers at most 5 of 15 parallel wrong passwords for one account, and 429 to the rest', async () => {
      const nurse = await user();
      const address = newAddress();
      const responses = await Promise.all(
        Array.from({ length: 15 }, () => login(address, { email: nurse.email, password: 'not the password, sorry' })),
      );
      expect(statuses(responses)).toEqual({ 401: 5, 429: 10 });
      expect(responses.filter((r) => r.status === 401).every((r) => r.body.code === 'INVALID_CREDENTIALS')).toBe(true);
      expectRetryAfter(responses);
      // The account waits out its window, even with the right password and from elsewhere.
      expect((await login(newAddress(), { email: nurse.email, password: PASSWORD })).status).toBe(429);
    });

    it('answers at most 20 parallel wrong sign-ins from one address, whichever accounts they name', async () => {
      const address = newAddress();
      const responses = await Promise.all(
        Array.from({ length: 26 }, (_, i) => login(address, { email: `nobody-${i}@example.test`, password: PASSWORD })),
      );
      expect(statuses(responses)).toEqual({ 401: 20, 429: 6 });
      expectRetryAfter(responses);
    });

    it('does not count refused or successful sign-ins as failures', async () => {
      const nurse = await user();
      const address = newAddress();
      for (let i = 0; i < 4; i++) await login(address, { email: nurse.email, password: 'wrong again, sorry' });
      // A success forgets the account's failures, as it always has.
      await session(nurse.email, address);
      for (let i = 0; i < 4; i++) await login(address, { email: nurse.email, password: 'wrong again, sorry' });
      await session(nurse.email, address);
    });
  });

  describe('the second factor', () => {
    it('accepts a code once, even when it is sent twice at the same moment', async () => {
      const { clinician, secret } = await withTotp();
      const address = newAddress();
      const code = totpAt(secret);
      const twice = await Promise.all([
        login(address, { email: clinician.email, password: PASSWORD, totpCode: code }),
        login(address, { email: clinician.email, password: PASSWORD, totpCode: code }),
      ]);
      expect(twice.map((r) => r.status).sort()).toEqual([200, 401]);
      expect(twice.find((r) => r.status === 401)?.body.code).toBe('INVALID_TOTP');

      const replayed = await login(address, { email: clinician.email, password: PASSWORD, totpCode: code });
      expect(replayed.body.code).toBe('INVALID_TOTP');
      // A later step is fine; going back to the earlier one is not.
      const next = totpAt(secret, Date.now() + STEP_MS);
      expect((await login(address, { email: clinician.email, password: PASSWORD, totpCode: next })).status).toBe(200);
      const previous = totpAt(secret, Date.now() - STEP_MS);
      expect((await login(address, { email: clinician.email, password: PASSWORD, totpCode: previous })).status).toBe(
        401,
      );
    });

    it('refuses the code that turned the second factor on at the next sign-in', async () => {
      const nurse = await user();
      const address = newAddress();
      const { cookie, csrf } = await session(nurse.email, address);
      const setup = await request(t.server)
        .post('/api/auth/totp/setup')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .expect(201);
      const code = totpAt(setup.body.secret);
      await request(t.server)
        .post('/api/auth/totp/enable')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .send({ code })
        .expect(204);
      const reused = await login(address, { email: nurse.email, password: PASSWORD, totpCode: code });
      expect(reused.body.code).toBe('INVALID_TOTP');
    });

    it('counts wrong codes at sign-in before checking them: at most 5 of 12 parallel ones', async () => {
      const { clinician, secret } = await withTotp();
      const wrong = totpAt(secret) === '000000' ? '111111' : '000000';
      const responses = await Promise.all(
        Array.from({ length: 12 }, () =>
          login(newAddress(), { email: clinician.email, password: PASSWORD, totpCode: wrong }),
        ),
      );
      expect(statuses(responses)).toEqual({ 401: 5, 429: 7 });
      expectRetryAfter(responses);
      const right = await login(newAddress(), { email: clinician.email, password: PASSWORD, totpCode: totpAt(secret) });
      expect(right.status).toBe(429);
    });

    it('limits wrong codes to turn the second factor off, sharing the count with sign-in', async () => {
      const { clinician, secret } = await withTotp();
      const address = newAddress();
      const signedIn = await login(address, { email: clinician.email, password: PASSWORD, totpCode: totpAt(secret) });
      const cookie = signedIn.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
      const disable = (code: string) =>
        request(t.server)
          .post('/api/auth/totp/disable')
          .set('X-Forwarded-For', address)
          .set('Cookie', cookie)
          .set('X-CSRF-Token', signedIn.body.csrfToken)
          .send({ code });
      const wrong = totpAt(secret) === '000000' ? '111111' : '000000';
      await login(address, { email: clinician.email, password: PASSWORD, totpCode: wrong }).expect(401);
      const responses = await Promise.all(Array.from({ length: 7 }, () => disable(wrong)));
      expect(statuses(responses)).toEqual({ 400: 4, 429: 3 });
      expectRetryAfter(responses);
      expect((await disable(totpAt(secret, Date.now() + STEP_MS))).status).toBe(429);
    });

    it('limits wrong codes to turn the second factor on', async () => {
      const nurse = await user();
      const { cookie, csrf } = await session(nurse.email, newAddress());
      const setup = await request(t.server)
        .post('/api/auth/totp/setup')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .expect(201);
      const wrong = totpAt(setup.body.secret) === '000000' ? '111111' : '000000';
      const enable = (code: string) =>
        request(t.server).post('/api/auth/totp/enable').set('Cookie', cookie).set('X-CSRF-Token', csrf).send({ code });
      const responses = await Promise.all(Array.from({ length: 8 }, () => enable(wrong)));
      expect(statuses(responses)).toEqual({ 400: 5, 429: 3 });
      expect((await enable(totpAt(setup.body.secret))).status).toBe(429);
    });
  });

  describe('changing one’s own password', () => {
    const change = (cookie: string, csrf: string, body: object, address = '198.51.100.200') =>
      request(t.server)
        .post('/api/auth/password')
        .set('X-Forwarded-For', address)
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .send(body);

    it('needs the current password and a new one allowed at user creation, naming the field', async () => {
      const nurse = await user();
      const { cookie, csrf } = await session(nurse.email, newAddress());
      const wrongCurrent = await change(cookie, csrf, { currentPassword: 'not it at all', newPassword: NEW_PASSWORD });
      expect(wrongCurrent.status).toBe(400);
      expect(wrongCurrent.body.details.fields[0].field).toBe('currentPassword');
      for (const weak of ['too-short', 'password1234', `${nurse.email.split('@')[0]}-and-more`]) {
        const refused = await change(cookie, csrf, { currentPassword: PASSWORD, newPassword: weak });
        expect(refused.status).toBe(400);
        expect(refused.body.details.fields[0].field).toBe('newPassword');
      }
      const missing = await change(cookie, csrf, { newPassword: NEW_PASSWORD });
      expect(missing.body.details.fields[0].field).toBe('currentPassword');
    });

    it('changes it, keeps this session, ends the others and audits it without the passwords', async () => {
      const nurse = await user();
      const address = newAddress();
      const current = await session(nurse.email, address);
      const other = await session(nurse.email, address);

      await change(current.cookie, current.csrf, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(204);

      await request(t.server).get('/api/auth/me').set('Cookie', current.cookie).expect(200);
      await request(t.server).get('/api/auth/me').set('Cookie', other.cookie).expect(401);
      expect((await login(address, { email: nurse.email, password: PASSWORD })).status).toBe(401);
      expect((await login(address, { email: nurse.email, password: NEW_PASSWORD })).status).toBe(200);
      const [{ password_hash }] = await t.dataSource.query('SELECT password_hash FROM clinician WHERE id = $1', [
        nurse.id,
      ]);
      expect(password_hash).toMatch(/^\$argon2id\$/);

      const events = await auditEvents(nurse.id, 'POST /api/auth/password');
      expect(events).toEqual([{ outcome: 'success', detail: { otherSessionsEnded: 1 }, ip: '198.51.100.200' }]);
      const [{ leaks }] = await t.dataSource.query(
        `SELECT count(*)::int AS leaks FROM audit_event
          WHERE position($1 IN row_to_json(audit_event)::text) > 0 OR position($2 IN row_to_json(audit_event)::text) > 0`,
        [PASSWORD, NEW_PASSWORD],
      );
      expect(leaks).toBe(0);
    });

    it('counts wrong current passwords with the sign-in failures of the account', async () => {
      const nurse = await user();
      const { cookie, csrf } = await session(nurse.email, newAddress());
      await login(newAddress(), { email: nurse.email, password: 'wrong, once' }).expect(401);
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          change(cookie, csrf, { currentPassword: 'wrong again', newPassword: NEW_PASSWORD }, newAddress()),
        ),
      );
      expect(statuses(responses)).toEqual({ 400: 4, 429: 2 });
      expectRetryAfter(responses);
      const right = await change(cookie, csrf, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
      expect(right.status).toBe(429);
    });
  });
});
