import { addDays } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

describe('Part 2 consents', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const consent = () => ({
    recipient: 'Acme Health Plan',
    purpose: 'payment',
    scope: ['adherence', 'attendance'],
    effectiveOn: today,
    expiresOn: addDays(today, 365),
  });

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('records, lists and revokes a consent, keeping who did each', async () => {
    const patient = await t.newPatient();
    const created = await t.api.post(`/api/patients/${patient.id}/consents`).send(consent()).expect(201);
    expect(created.body).toMatchObject({ active: true, recordedBy: t.api.clinician.id, revokedAt: null });

    const revoked = await t.api.post(`/api/patients/${patient.id}/consents/${created.body.id}/revoke`).expect(200);
    expect(revoked.body).toMatchObject({ active: false, revokedBy: t.api.clinician.id });
    await t.api.post(`/api/patients/${patient.id}/consents/${created.body.id}/revoke`).expect(404);

    const listed = await t.api.get(`/api/patients/${patient.id}/consents`).expect(200);
    expect(listed.body).toHaveLength(1);
  });

  it.each([
    [{ expiresOn: addDays(today, -1), effectiveOn: addDays(today, -30) }, 'expiresOn'],
    [{ scope: ['everything'] }, 'scope'],
    [{ recipient: '' }, 'recipient'],
    [{ revokedAt: '2026-01-01T00:00:00Z' }, 'revokedAt'],
  ])('refuses %p naming %s', async (change, field) => {
    const patient = await t.newPatient();
    const response = await t.api
      .post(`/api/patients/${patient.id}/consents`)
      .send({ ...consent(), ...change })
      .expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('hides another team’s patient’s consents as if the patient did not exist', async () => {
    const patient = await t.newPatient();
    const outsider = await t.as(['therapist'], [(await t.newCareTeam()).id]);
    await outsider.get(`/api/patients/${patient.id}/consents`).expect(404);
    await outsider.post(`/api/patients/${patient.id}/consents`).send(consent()).expect(404);
  });
});
