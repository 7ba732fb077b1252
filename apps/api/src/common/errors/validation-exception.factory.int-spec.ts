import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('validation errors about fields the client made up', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    url = `/api/patients/${(await t.newPatient()).id}`;
  });

  afterAll(() => t.close());

  it('names a long unknown field by its first 64 characters instead of echoing it whole', async () => {
    const name = 'k'.repeat(5000);
    const response = await t.api.patch(url).send({ [name]: 1 });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields).toEqual([
      { field: `${'k'.repeat(64)}…`, messages: [`property ${'k'.repeat(64)}… should not exist`] },
    ]);
    expect(response.text.length).toBeLessThan(1000);
  });

  it('lists the first 20 of a thousand unknown fields and counts the rest', async () => {
    const body = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const response = await t.api.patch(url).send(body);
    expect(response.status).toBe(400);
    expect(response.body.details.fields).toHaveLength(20);
    expect(response.body.details.fields[0]).toEqual({ field: 'k0', messages: ['property k0 should not exist'] });
    expect(response.body.message).toMatch(/property k19 should not exist \(and 980 more fields\)$/);
    expect(response.text.length).toBeLessThan(3000);
  });
});
