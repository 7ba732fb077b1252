import { addDays } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

describe('GET /api/patients/:id/adherence: the caseload PDC window by default', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const post = (patientId: string, path: string, body: object) =>
    t.api.post(`/api/patients/${patientId}/${path}`).send(body).expect(201);
  const inject = (patientId: string, occurredOn: string) =>
    post(patientId, 'medication-events', { kind: 'administered', formulation: 'xr_injection', occurredOn });
  const xrStart = { formulation: 'xr_injection', doseMg: 380 };

  it('measures from a start inside the last 90 days, as the caseload row does, undiluted by an earlier course', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    // An earlier course: one injection 85 days ago covers 28 days, then nothing for weeks.
    await post(patient.id, 'naltrexone-starts', { ...xrStart, startedOn: daysAgo(85) });
    await inject(patient.id, daysAgo(85));
    // The current course: started 20 days ago, covered since.
    await post(patient.id, 'naltrexone-starts', { ...xrStart, startedOn: daysAgo(20) });
    await inject(patient.id, daysAgo(20));

    const adherence = await t.api.get(`/api/patients/${patient.id}/adherence`).expect(200);
    const row = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    expect(adherence.body).toMatchObject({ from: daysAgo(20), to: today, sinceStart: true, pdc: 1, coveredDays: 21 });
    expect(adherence.body.pdc).toBe(row.body.metrics.pdc90);

    // The same patient over an explicit 90 days: the earlier course's gap dilutes it.
    const explicit = await t.api
      .get(`/api/patients/${patient.id}/adherence`)
      .query({ from: daysAgo(89), to: today })
      .expect(200);
    expect(explicit.body).toMatchObject({ sinceStart: false, coveredDays: 49, periodDays: 86 });
    expect(explicit.body.pdc).toBeCloseTo(49 / 86, 6);
  });

  it('is the last 90 days when the start is older, and still equals the caseload row', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    await post(patient.id, 'naltrexone-starts', { ...xrStart, startedOn: daysAgo(120) });
    for (const n of [120, 92, 64, 20]) await inject(patient.id, daysAgo(n));

    const adherence = await t.api.get(`/api/patients/${patient.id}/adherence`).expect(200);
    const row = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    // 92 days ago covers through 65 days ago; 64 through 37; 20 through today: 36-21 uncovered.
    expect(adherence.body).toMatchObject({ from: daysAgo(89), to: today, sinceStart: false, coveredDays: 74 });
    expect(adherence.body.pdc).toBeCloseTo(74 / 90, 6);
    // The caseload row keeps four decimals.
    expect(row.body.metrics.pdc90).toBe(0.8222);
    expect(adherence.body.pdc).toBeCloseTo(row.body.metrics.pdc90, 4);
  });
});
