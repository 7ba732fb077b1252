import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('bodies nested thousands of levels deep', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    url = `/api/patients/${(await t.newPatient()).id}`;
  });

  afterAll(() => t.close());

  it('refuses nested objects with a 400 naming where the body gets too deep', async () => {
    const body = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const response = await t.api.patch(url).set('content-type', 'application/json').send(body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields[0].field).toBe(`${'a.'.repeat(31)}a`);
    expect(response.body.details.fields[0].messages).toEqual([`${'a.'.repeat(31)}a is nested deeper than 32 levels`]);
  });

  it('refuses nested arrays the same way', async () => {
    const body = `{"diagnoses":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const response = await t.api.patch(url).set('content-type', 'application/json').send(body);
    expect(response.status).toBe(400);
    expect(response.body.details.fields[0].field).toMatch(/^diagnoses\.0\.0\.0/);
  });

  it('still validates bodies of ordinary depth field by field', async () => {
    const response = await t.api.patch(url).send({ diagnoses: [['OUD']] });
    expect(response.status).toBe(400);
    expect(response.body.details.fields[0].field).toBe('diagnoses');
  });
});
