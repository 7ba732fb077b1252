import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('numbers JavaScript writes with an exponent', () => {
  let t: TestApp;
  let patientUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    patientUrl = `/api/patients/${(await t.newPatient()).id}`;
  });

  afterAll(() => t.close());

  it('are refused as doses with a 400 naming the field', async () => {
    for (const doseMg of [1e-7, 5e-324]) {
      const response = await t.api
        .post(`${patientUrl}/medication-events`)
        .send({ kind: 'taken', formulation: 'oral', occurredOn: '2026-05-04', observed: true, doseMg });
      expect(response.status).toBe(400);
      expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain('doseMg');
    }
  });

  it('are refused as observation values with a 400 naming the field', async () => {
    const response = await t.api
      .post(`${patientUrl}/observations`)
      .send({ kind: 'breath_alcohol', observedOn: '2026-05-04', value: 1e-7 });
    expect(response.status).toBe(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['value']);
  });

  it('leave doses with two decimals as they were', async () => {
    const response = await t.api
      .post(`${patientUrl}/medication-events`)
      .send({ kind: 'taken', formulation: 'oral', occurredOn: '2026-05-04', observed: true, doseMg: 12.5 });
    expect(response.status).toBe(201);
    expect(response.body.doseMg).toBe(12.5);
  });
});
