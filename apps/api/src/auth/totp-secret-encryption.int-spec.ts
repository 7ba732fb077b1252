import request from 'supertest';
import { newClinician } from '../../test/factories.js';
import { createTestApp, TEST_TOTP_KEY, type TestApp } from '../../test/test-app.js';
import { PasswordService } from './password.service.js';
import { newTotpSecret, totpAt } from './totp.js';
import { TotpSecretUnreadableError } from './totp-secret-cipher.js';
import { TotpSecrets } from './totp-secrets.service.js';

const PASSWORD = 'correct horse battery staple';
const STEP_MS = 30_000;
const STORED_FORM = /^v1:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$/;
const KEY = Buffer.from(TEST_TOTP_KEY, 'base64');

describe('TOTP secrets at rest', () => {
  let t: TestApp;
  let passwordHash: string;

  beforeAll(async () => {
    t = await createTestApp();
    passwordHash = await new PasswordService().hash(PASSWORD);
  });

  afterAll(() => t.close());

  const storedSecret = async (clinicianId: string): Promise<string> => {
    const [row]: { totp_secret: string }[] = await t.dataSource.query(
      'SELECT totp_secret FROM clinician WHERE id = $1',
      [clinicianId],
    );
    return row?.totp_secret ?? '';
  };

  const login = (body: object) => request(t.server).post('/api/auth/login').send(body);

  it('stores a new secret encrypted, never in base32, and signs in with its codes', async () => {
    const nurse = await newClinician(t.dataSource, { roles: ['nurse'], passwordHash });
    const signedIn = await login({ email: nurse.email, password: PASSWORD }).expect(200);
    const cookie = signedIn.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    const csrf = signedIn.body.csrfToken as string;
    const setup = await request(t.server)
      .post('/api/auth/totp/setup')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .expect(201);
    const secret = setup.body.secret as string;

    const stored = await storedSecret(nurse.id);
    expect(stored).toMatch(STORED_FORM);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(Buffer.from(secret).toString('base64'));

    await request(t.server)
      .post('/api/auth/totp/enable')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ code: totpAt(secret) })
      .expect(204);
    // The next step's code: the one just used is good once only.
    await login({ email: nurse.email, password: PASSWORD, totpCode: totpAt(secret, Date.now() + STEP_MS) }).expect(200);
    expect(await storedSecret(nurse.id)).toBe(stored);
  });

  it('encrypts secrets stored in plain text at start, once, and they still sign in', async () => {
    const nurse = await newClinician(t.dataSource, { roles: ['nurse'], passwordHash });
    const secret = newTotpSecret();
    await t.dataSource.query('UPDATE clinician SET totp_secret = $2, totp_enabled = true WHERE id = $1', [
      nurse.id,
      secret,
    ]);

    await new TotpSecrets(t.dataSource, KEY).onModuleInit();
    const encrypted = await storedSecret(nurse.id);
    expect(encrypted).toMatch(STORED_FORM);
    expect(encrypted).not.toContain(secret);
    // A second start finds nothing left to encrypt.
    await new TotpSecrets(t.dataSource, KEY).onModuleInit();
    expect(await storedSecret(nurse.id)).toBe(encrypted);

    await login({ email: nurse.email, password: PASSWORD, totpCode: totpAt(secret) }).expect(200);
  });

  it('refuses to start with a key that does not open the stored secrets', async () => {
    const nurse = await newClinician(t.dataSource, { roles: ['nurse'] });
    await t.dataSource.query('UPDATE clinician SET totp_secret = $2, totp_enabled = true WHERE id = $1', [
      nurse.id,
      new TotpSecrets(t.dataSource, KEY).seal(nurse.id, newTotpSecret()),
    ]);
    const wrongKey = Buffer.alloc(32, 1);
    await expect(new TotpSecrets(t.dataSource, wrongKey).onModuleInit()).rejects.toThrow(TotpSecretUnreadableError);
    await expect(new TotpSecrets(t.dataSource, wrongKey).onModuleInit()).rejects.toThrow(/TOTP_ENCRYPTION_KEY/);
  });
});
