import request from 'supertest';
import { newClinician } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { PasswordService } from './password.service.js';
import { totpAt } from './totp.js';

const PASSWORD = 'correct horse battery staple';

describe('sign-in, sessions, CSRF, tokens and the second factor', () => {
  let t: TestApp;
  let passwordHash: string;

  beforeAll(async () => {
    t = await createTestApp();
    passwordHash = await new PasswordService().hash(PASSWORD);
  });

  afterAll(() => t.close());

  async function user(roles: Parameters<typeof newClinician>[1]['roles'] = ['nurse'], careTeamIds: string[] = []) {
    return newClinician(t.dataSource, { roles, careTeamIds, passwordHash });
  }

  async function signIn(email: string, extra: object = {}) {
    const response = await request(t.server)
      .post('/api/auth/login')
      .send({ email, password: PASSWORD, ...extra });
    const cookie = response.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    return { response, cookie, csrf: response.body.csrfToken as string };
  }

  it('signs in with an HttpOnly, SameSite=Strict session cookie and answers me', async () => {
    const team = await t.newCareTeam({ name: 'Nursing Team' });
    const nurse = await user(['nurse'], [team.id]);
    const { response, cookie, csrf } = await signIn(nurse.email.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']?.[0]).toMatch(/^naltrack_session=[^;]+;.*HttpOnly/);
    expect(response.headers['set-cookie']?.[0]).toMatch(/SameSite=Strict/);
    expect(response.body.user).toMatchObject({ email: nurse.email, roles: ['nurse'], careTeams: [{ id: team.id }] });

    const me = await request(t.server).get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ user: { id: nurse.id, clinicTimeZone: 'America/New_York' }, csrfToken: csrf });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('gives a new session id at every sign-in and ends it at logout', async () => {
    const nurse = await user();
    const first = await signIn(nurse.email);
    const second = await signIn(nurse.email);
    expect(first.cookie).not.toBe(second.cookie);

    await request(t.server)
      .post('/api/auth/logout')
      .set('Cookie', first.cookie)
      .set('X-CSRF-Token', first.csrf)
      .expect(204);
    await request(t.server).get('/api/auth/me').set('Cookie', first.cookie).expect(401);
    await request(t.server).get('/api/auth/me').set('Cookie', second.cookie).expect(200);
  });

  it('refuses writes made with the cookie but without the CSRF token', async () => {
    const team = await t.newCareTeam();
    const nurse = await user(['nurse'], [team.id]);
    const { cookie, csrf } = await signIn(nurse.email);
    const patient = {
      mrn: `CSRF-${Date.now()}`,
      givenName: 'Ada',
      familyName: 'Sample',
      birthDate: '1980-01-01',
      sex: 'female',
      diagnoses: ['AUD'],
      careTeamId: team.id,
      enrolledOn: '2026-01-05',
    };
    const refused = await request(t.server).post('/api/patients').set('Cookie', cookie).send(patient).expect(403);
    expect(refused.body.code).toBe('CSRF_TOKEN_INVALID');
    await request(t.server)
      .post('/api/patients')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', 'forged')
      .send(patient)
      .expect(403);
    await request(t.server)
      .post('/api/patients')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send(patient)
      .expect(201);
  });

  it('ends idle and over-age sessions', async () => {
    const nurse = await user();
    const idle = await signIn(nurse.email);
    const old = await signIn(nurse.email);
    await t.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '16 minutes' WHERE clinician_id = $1 AND csrf_token = $2`,
      [nurse.id, idle.csrf],
    );
    await t.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE clinician_id = $1 AND csrf_token = $2`,
      [nurse.id, old.csrf],
    );
    await request(t.server).get('/api/auth/me').set('Cookie', idle.cookie).expect(401);
    await request(t.server).get('/api/auth/me').set('Cookie', old.cookie).expect(401);
    const ended = await t.dataSource.query(
      'SELECT COUNT(*)::int AS n FROM session WHERE clinician_id = $1 AND csrf_token = ANY($2) AND ended_at IS NOT NULL',
      [nurse.id, [idle.csrf, old.csrf]],
    );
    expect(ended[0].n).toBe(2);
  });

  it('marks a live session seen at most once a minute, and answers me with its CSRF token', async () => {
    const nurse = await user();
    const { cookie, csrf } = await signIn(nurse.email);
    const seenAt = async () =>
      (
        await t.dataSource.query(
          `SELECT extract(epoch FROM now() - last_seen_at)::float AS ago FROM session WHERE csrf_token = $1`,
          [csrf],
        )
      )[0].ago as number;
    const setSeen = (ago: string) =>
      t.dataSource.query(`UPDATE session SET last_seen_at = now() - $2::interval WHERE csrf_token = $1`, [csrf, ago]);

    await setSeen('30 seconds');
    const me = await request(t.server).get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.csrfToken).toBe(csrf);
    expect(await seenAt()).toBeGreaterThanOrEqual(30);

    await setSeen('2 minutes');
    await request(t.server).get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(await seenAt()).toBeLessThan(30);
  });

  it('answers an unknown email and a wrong password alike, then 429 after repeated failures', async () => {
    const nurse = await user();
    const unknown = await request(t.server)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: PASSWORD })
      .expect(401);
    const wrong = await request(t.server)
      .post('/api/auth/login')
      .send({ email: nurse.email, password: 'not the password at all' })
      .expect(401);
    const strip = ({ requestId: _, ...body }: Record<string, unknown>) => body;
    expect(strip(unknown.body)).toEqual(strip(wrong.body));

    for (let i = 0; i < 4; i++) {
      await request(t.server).post('/api/auth/login').send({ email: nurse.email, password: 'wrong again, sorry' });
    }
    const limited = await request(t.server)
      .post('/api/auth/login')
      .send({ email: nurse.email, password: PASSWORD })
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets a disabled user in no more, and ends their sessions', async () => {
    const team = await t.newCareTeam();
    const nurse = await user(['nurse'], [team.id]);
    const { cookie } = await signIn(nurse.email);
    const admin = await t.as(['admin']);
    await admin.patch(`/api/clinicians/${nurse.id}`).send({ active: false }).expect(200);
    await request(t.server).get('/api/auth/me').set('Cookie', cookie).expect(401);
    await request(t.server).post('/api/auth/login').send({ email: nurse.email, password: PASSWORD }).expect(401);
  });

  it('issues personal API tokens that act as their owner until revoked', async () => {
    const team = await t.newCareTeam();
    const nurse = await user(['nurse'], [team.id]);
    const { cookie, csrf } = await signIn(nurse.email);
    const created = await request(t.server)
      .post('/api/auth/tokens')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ name: 'nightly script' })
      .expect(201);
    const bearer = `Bearer ${created.body.token}`;
    const me = await request(t.server).get('/api/auth/me').set('Authorization', bearer).expect(200);
    expect(me.body.user.id).toBe(nurse.id);

    const listed = await request(t.server).get('/api/auth/tokens').set('Authorization', bearer).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const [{ token_hash }] = await t.dataSource.query('SELECT token_hash FROM api_token WHERE id = $1', [
      created.body.id,
    ]);
    expect(token_hash).not.toContain(created.body.token);

    // Last use is kept to the minute: a burst of calls writes it once.
    const lastUsed = async () =>
      (await t.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [created.body.id]))[0]
        .last_used_at as Date;
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await Promise.all(
      [1, 2, 3].map(() => request(t.server).get('/api/auth/me').set('Authorization', bearer).expect(200)),
    );
    expect(await lastUsed()).toEqual(first);
    await t.dataSource.query(`UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [
      created.body.id,
    ]);
    await request(t.server).get('/api/auth/me').set('Authorization', bearer).expect(200);
    // Backdated two minutes, so it is written again now.
    expect(Date.now() - (await lastUsed()).getTime()).toBeLessThan(30_000);

    await request(t.server).delete(`/api/auth/tokens/${created.body.id}`).set('Authorization', bearer).expect(204);
    await request(t.server).get('/api/auth/me').set('Authorization', bearer).expect(401);
  });

  it('turns on a second factor and then requires its code at sign-in', async () => {
    const nurse = await user();
    const { cookie, csrf } = await signIn(nurse.email);
    const setup = await request(t.server)
      .post('/api/auth/totp/setup')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .expect(201);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Naltrack/);
    await request(t.server)
      .post('/api/auth/totp/enable')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ code: '000000' === totpAt(setup.body.secret) ? '111111' : '000000' })
      .expect(400);
    await request(t.server)
      .post('/api/auth/totp/enable')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ code: totpAt(setup.body.secret) })
      .expect(204);

    expect((await signIn(nurse.email)).response.body.code).toBe('TOTP_REQUIRED');
    // The code that turned it on is used up; the next step's code is still within the window.
    const withCode = await signIn(nurse.email, { totpCode: totpAt(setup.body.secret, Date.now() + 30_000) });
    expect(withCode.response.status).toBe(200);
  });

  it('holds an admin without a second factor to setting one up', async () => {
    const admin = await user(['admin']);
    const { response, cookie, csrf } = await signIn(admin.email);
    expect(response.body.user.totpSetupRequired).toBe(true);
    const held = await request(t.server).get('/api/clinicians').set('Cookie', cookie).expect(403);
    expect(held.body.code).toBe('TOTP_SETUP_REQUIRED');

    const setup = await request(t.server)
      .post('/api/auth/totp/setup')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .expect(201);
    await request(t.server)
      .post('/api/auth/totp/enable')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ code: totpAt(setup.body.secret) })
      .expect(204);
    await request(t.server).get('/api/clinicians').set('Cookie', cookie).expect(200);
  });

  it.each([
    ['short', 'too-short', 'password'],
    ['common', 'password1234', 'password'],
  ])('refuses a %s password for a new user, naming the field', async (_case, password, field) => {
    const admin = await t.as(['admin']);
    const response = await admin
      .post('/api/clinicians')
      .send({ email: `new-${Date.now()}@example.test`, displayName: 'New User', roles: ['nurse'], password })
      .expect(400);
    expect(response.body.details.fields[0].field).toBe(field);
  });

  it('answers 401 without credentials, with a bad token or a forged cookie', async () => {
    await request(t.server).get('/api/care-teams').expect(401);
    await request(t.server).get('/api/care-teams').set('Authorization', 'Bearer nt_forged').expect(401);
    await request(t.server).get('/api/care-teams').set('Cookie', 'naltrack_session=forged').expect(401);
    await request(t.server).get('/api/health').expect(200);
  });
});
