import request from 'supertest';
import { newClinician } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { PasswordService } from '../auth/password.service.js';
import { totpAt } from '../auth/totp.js';

const PASSWORD = 'correct horse battery staple';

describe('role changes and disabling apply at once, to sessions and tokens alike', () => {
  let t: TestApp;
  let passwordHash: string;

  beforeAll(async () => {
    t = await createTestApp();
    passwordHash = await new PasswordService().hash(PASSWORD);
  });

  afterAll(() => t.close());

  async function signIn(email: string) {
    const response = await request(t.server).post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    const cookie = response.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    return { cookie, csrf: response.body.csrfToken as string };
  }

  it('holds a user made admin to setting up a second factor, by session and by token, until they do', async () => {
    const nurse = await newClinician(t.dataSource, { roles: ['nurse'], passwordHash });
    const { cookie, csrf } = await signIn(nurse.email);
    const created = await request(t.server)
      .post('/api/auth/tokens')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ name: 'script' })
      .expect(201);
    const bearer = `Bearer ${created.body.token}`;
    await request(t.server).get('/api/clinicians').set('Authorization', bearer).expect(403);

    const admin = await t.as(['admin']);
    await admin
      .patch(`/api/clinicians/${nurse.id}`)
      .send({ roles: ['admin'] })
      .expect(200);
    const bySession = await request(t.server).get('/api/clinicians').set('Cookie', cookie).expect(403);
    expect(bySession.body.code).toBe('TOTP_SETUP_REQUIRED');
    const byToken = await request(t.server).get('/api/clinicians').set('Authorization', bearer).expect(403);
    expect(byToken.body.code).toBe('TOTP_SETUP_REQUIRED');
    const me = await request(t.server).get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.user.totpSetupRequired).toBe(true);

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
    await request(t.server).get('/api/clinicians').set('Authorization', bearer).expect(200);
    await request(t.server).get('/api/clinicians').set('Cookie', cookie).expect(200);

    // Taking the role away applies at the next request too.
    await admin
      .patch(`/api/clinicians/${nurse.id}`)
      .send({ roles: ['nurse'] })
      .expect(200);
    const demoted = await request(t.server).get('/api/clinicians').set('Authorization', bearer).expect(403);
    expect(demoted.body.code).toBe('FORBIDDEN');
  });

  it('revokes the API tokens of a disabled user: enabling them again brings none back', async () => {
    const nurse = await t.as(['nurse']);
    await nurse.get('/api/auth/me').expect(200);
    const admin = await t.as(['admin']);
    await admin.patch(`/api/clinicians/${nurse.clinician.id}`).send({ active: false }).expect(200);
    await nurse.get('/api/auth/me').expect(401);
    const live: unknown[] = await t.dataSource.query(
      'SELECT id FROM api_token WHERE clinician_id = $1 AND revoked_at IS NULL',
      [nurse.clinician.id],
    );
    expect(live).toHaveLength(0);

    await admin.patch(`/api/clinicians/${nurse.clinician.id}`).send({ active: true }).expect(200);
    await nurse.get('/api/auth/me').expect(401);
  });

  it('refuses an admin a clinical or auditor role they give themself, and lets another admin grant it', async () => {
    const admin = await t.as(['admin']);
    const self = `/api/clinicians/${admin.clinician.id}`;
    for (const role of ['prescriber', 'therapist', 'nurse', 'team_lead', 'auditor']) {
      const refused = await admin
        .patch(self)
        .send({ roles: ['admin', role] })
        .expect(403);
      expect(refused.body.code).toBe('SELF_ROLE_GRANT');
      expect(refused.body.message).toContain(role);
    }
    // Giving up admin in the same change is no way around it.
    const swapped = await admin
      .patch(self)
      .send({ roles: ['nurse'] })
      .expect(403);
    expect(swapped.body.code).toBe('SELF_ROLE_GRANT');
    const [unchanged] = await t.dataSource.query('SELECT roles::text[] AS roles FROM clinician WHERE id = $1', [
      admin.clinician.id,
    ]);
    expect(unchanged.roles).toEqual(['admin']);

    // Their own name, or roles they hold, they may still change.
    await admin
      .patch(self)
      .send({ displayName: 'Renamed Admin', roles: ['admin'] })
      .expect(200);

    const other = await t.as(['admin']);
    const granted = await other
      .patch(self)
      .send({ roles: ['admin', 'nurse'] })
      .expect(200);
    expect(granted.body.roles).toEqual(['admin', 'nurse']);
  });
});
