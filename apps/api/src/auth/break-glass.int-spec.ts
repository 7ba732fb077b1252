import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('break-glass access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('opens a patient outside the caller’s teams for an hour, visible to the patient’s team lead', async () => {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id });
    const outsider = await t.as(['prescriber'], [(await t.newCareTeam()).id]);
    await outsider.get(`/api/patients/${patient.id}`).expect(404);

    await outsider.post(`/api/patients/${patient.id}/break-glass`).send({ reason: 'short' }).expect(400);
    const opened = await outsider
      .post(`/api/patients/${patient.id}/break-glass`)
      .send({ reason: 'Patient in the emergency department, overdose suspected' })
      .expect(201);
    expect(Date.parse(opened.body.expiresAt) - Date.now()).toBeGreaterThan(59 * 60_000);
    await outsider.get(`/api/patients/${patient.id}`).expect(200);

    const lead = await t.as(['team_lead'], [team.id]);
    const seen = await lead.get('/api/break-glass').expect(200);
    expect(seen.body).toEqual([expect.objectContaining({ patientId: patient.id, clinicianId: outsider.clinician.id })]);

    await t.dataSource.query("UPDATE break_glass_access SET expires_at = now() - interval '1 second'");
    await outsider.get(`/api/patients/${patient.id}`).expect(404);
  });

  it('answers 404 for a patient that does not exist and 403 for roles without clinical access', async () => {
    const outsider = await t.as(['nurse']);
    await outsider
      .post('/api/patients/6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8/break-glass')
      .send({ reason: 'Checking a record that is not there' })
      .expect(404);
    const admin = await t.as(['admin']);
    const patient = await t.newPatient();
    await admin
      .post(`/api/patients/${patient.id}/break-glass`)
      .send({ reason: 'Admins read no clinical data' })
      .expect(403);
  });
});
