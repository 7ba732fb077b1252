import request from 'supertest';
import { newClinician } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { PasswordService } from './password.service.js';

const PASSWORD = 'correct horse battery staple';

describe('the session cookie over HTTPS and HTTP', () => {
  let t: TestApp;
  let email: string;

  beforeAll(async () => {
    // The test client is the TLS-terminating proxy, telling the app the scheme by X-Forwarded-Proto.
    t = await createTestApp({ env: { TRUST_PROXY: '127.0.0.1,::1' } });
    email = (
      await newClinician(t.dataSource, { roles: ['nurse'], passwordHash: await new PasswordService().hash(PASSWORD) })
    ).email;
  });

  afterAll(() => t.close());

  async function tokenOver(proto: 'https' | 'http'): Promise<{ name: string; token: string }> {
    const response = await request(t.server)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', proto)
      .send({ email, password: PASSWORD })
      .expect(200);
    const [name = '', token = ''] = (response.headers['set-cookie']?.[0]?.split(';')[0] ?? '').split('=');
    return { name, token };
  }

  const me = (proto: 'https' | 'http', cookie: string) =>
    request(t.server).get('/api/auth/me').set('X-Forwarded-Proto', proto).set('Cookie', cookie);

  it('over HTTPS accepts only the __Host- cookie: the plain name is as good as none', async () => {
    const { name, token } = await tokenOver('https');
    expect(name).toBe('__Host-naltrack_session');
    await me('https', `__Host-naltrack_session=${token}`).expect(200);
    const plain = await me('https', `naltrack_session=${token}`).expect(401);
    expect(plain.body.code).toBe('UNAUTHENTICATED');
  });

  it('over plain HTTP (local use) accepts the plain name', async () => {
    const { name, token } = await tokenOver('http');
    expect(name).toBe('naltrack_session');
    await me('http', `naltrack_session=${token}`).expect(200);
  });
});
