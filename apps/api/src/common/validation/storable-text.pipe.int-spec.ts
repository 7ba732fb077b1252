import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('text the database cannot store', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('refuses a NUL character in a body field with a 400 naming it, and changes nothing', async () => {
    const patient = await t.newPatient({ givenName: 'Ada' });
    const response = await t.api.patch(`/api/patients/${patient.id}`).send({ givenName: 'A\u0000da' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields).toEqual([
      { field: 'givenName', messages: ['givenName must not contain NUL characters or unpaired surrogates'] },
    ]);
    expect((await t.api.get(`/api/patients/${patient.id}`)).body.givenName).toBe('Ada');
  });

  it('refuses an unpaired surrogate before a validator throws on it', async () => {
    const response = await request(t.server)
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":"\\ud800@example.org","password":"long enough password"}');
    expect(response.status).toBe(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['email']);
  });

  it('names nested fields and field names, and checks query parameters', async () => {
    const patient = await t.newPatient();
    const screen = await t.api
      .post(`/api/patients/${patient.id}/observations`)
      .send({ kind: 'uds', observedOn: '2026-05-04', results: { 'opi\u0000oids': 'positive' } });
    expect(screen.status).toBe(400);
    expect(screen.body.details.fields[0].field).toBe('results.opi\u0000oids');

    const search = await t.api.get('/api/caseload?q=a%00b');
    expect(search.status).toBe(400);
    expect(search.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['q']);
  });

  it('takes emoji, right-to-left text and other characters that are merely unusual', async () => {
    const patient = await t.newPatient();
    const response = await t.api.patch(`/api/patients/${patient.id}`).send({ givenName: '\u202Eأدا 💊' });
    expect(response.status).toBe(200);
    expect(response.body.givenName).toBe('\u202Eأدا 💊');
  });
});
