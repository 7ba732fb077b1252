import { createTestApp, type TestApp } from '../../test/test-app.js';

const DAY_MS = 86_400_000;

interface TokenView {
  id: string;
  token: string;
  createdAt: string;
  expiresAt: string;
}

function lifetimeDays(view: TokenView): number {
  return (Date.parse(view.expiresAt) - Date.parse(view.createdAt)) / DAY_MS;
}

describe('API token expiry', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('gives a token 90 days unless asked otherwise, at most 365, and shows the expiry in the list', async () => {
    const plain = (await t.api.post('/api/auth/tokens').send({ name: 'default' }).expect(201)).body as TokenView;
    expect(lifetimeDays(plain)).toBeCloseTo(90, 3);
    const year = (await t.api.post('/api/auth/tokens').send({ name: 'year', expiresInDays: 365 }).expect(201))
      .body as TokenView;
    expect(lifetimeDays(year)).toBeCloseTo(365, 3);
    const day = (await t.api.post('/api/auth/tokens').send({ name: 'day', expiresInDays: 1 }).expect(201))
      .body as TokenView;
    expect(lifetimeDays(day)).toBeCloseTo(1, 3);

    const listed = (await t.api.get('/api/auth/tokens').expect(200)).body as TokenView[];
    expect(listed.find((token) => token.id === plain.id)?.expiresAt).toBe(plain.expiresAt);
  });

  it.each([0, 366, 1.5, '30'])('refuses expiresInDays %p, naming the field', async (expiresInDays) => {
    const response = await t.api.post('/api/auth/tokens').send({ name: 'bad', expiresInDays }).expect(400);
    expect(response.body.details.fields[0].field).toBe('expiresInDays');
  });

  it('refuses a token from its expiry on, and takes it until then', async () => {
    const nurse = await t.as(['nurse']);
    const created = (await nurse.post('/api/auth/tokens').send({ name: 'short' }).expect(201)).body as TokenView;
    const bearer = (url: string) => t.api.get(url).set('Authorization', `Bearer ${created.token}`);
    await t.dataSource.query(`UPDATE api_token SET expires_at = now() + interval '1 minute' WHERE id = $1`, [
      created.id,
    ]);
    const me = await bearer('/api/auth/me').expect(200);
    expect(me.body.user.id).toBe(nurse.clinician.id);
    await t.dataSource.query(`UPDATE api_token SET expires_at = now() WHERE id = $1`, [created.id]);
    await bearer('/api/auth/me').expect(401);
  });
});
