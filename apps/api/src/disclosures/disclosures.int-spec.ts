import { addDays, type ClinicalDate } from '@naltrack/domain';
import { newCareTeam, newPatient } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { DISCLOSED_SCOPES } from '../reports/export-consent.js';

const firstOfMonth = (day: ClinicalDate) => `${day.slice(0, 8)}01`;

describe('GET /api/patients/:id/disclosures', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const from = firstOfMonth(addDays(firstOfMonth(today), -1));
  const to = addDays(firstOfMonth(today), -1);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('lists every export that carried the patient, newest first, naming no other patient', async () => {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id });
    const neighbour = await t.newPatient({ careTeamId: team.id });
    await t.api.get('/api/reports/adherence').query({ format: 'csv', from, to, patientId: patient.id }).expect(200);
    await t.api.get('/api/reports/adherence').query({ format: 'fhir', from, to, careTeamId: team.id }).expect(200);
    await t.api
      .post(`/api/patients/${patient.id}/consents`)
      .send({
        recipient: 'Acme Health Plan',
        purpose: 'payment',
        scope: [...DISCLOSED_SCOPES.pdf],
        effectiveOn: today,
        expiresOn: addDays(today, 30),
      })
      .expect(201);
    await t.api
      .get('/api/reports/adherence')
      .query({ format: 'pdf', from, to, patientId: patient.id, recipient: 'Acme Health Plan', purpose: 'payment' })
      .expect(200);

    const listed = await t.api.get(`/api/patients/${patient.id}/disclosures`).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ format: 'pdf', recipient: 'Acme Health Plan', purpose: 'payment', patientCount: 1 }),
      expect.objectContaining({ format: 'fhir', recipient: null, purpose: null, patientCount: 2 }),
      expect.objectContaining({ format: 'csv', recipient: null, patientCount: 1 }),
    ]);
    expect(listed.body[0]).toMatchObject({
      from,
      to,
      disclosedBy: { id: t.api.clinician.id, displayName: t.api.clinician.displayName },
    });
    expect(JSON.stringify(listed.body)).not.toContain(neighbour.id);
    const neighbours = await t.api.get(`/api/patients/${neighbour.id}/disclosures`).expect(200);
    expect(neighbours.body.map((d: { format: string }) => d.format)).toEqual(['fhir']);
  });

  it('looks back three years', async () => {
    const patient = await t.newPatient();
    const [old] = await t.dataSource.query(
      `INSERT INTO disclosure (disclosed_at, disclosed_by, format, period_from, period_to, patient_count)
       VALUES (now() - interval '3 years 1 day', $1, 'csv', '2020-01-01', '2020-01-31', 1) RETURNING id`,
      [t.api.clinician.id],
    );
    const [recent] = await t.dataSource.query(
      `INSERT INTO disclosure (disclosed_at, disclosed_by, format, period_from, period_to, patient_count)
       VALUES (now() - interval '3 years' + interval '1 day', $1, 'csv', '2020-02-01', '2020-02-28', 1) RETURNING id`,
      [t.api.clinician.id],
    );
    await t.dataSource.query('INSERT INTO disclosure_patient (disclosure_id, patient_id) VALUES ($1, $3), ($2, $3)', [
      old.id,
      recent.id,
      patient.id,
    ]);
    const listed = await t.api.get(`/api/patients/${patient.id}/disclosures`).expect(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toEqual([recent.id]);
  });

  it('answers 404 for another team’s patient, 403 to administrators and 400 for a malformed id', async () => {
    const outsiders = await newPatient(t.dataSource, { careTeamId: (await newCareTeam(t.dataSource)).id });
    await t.api.get(`/api/patients/${outsiders.id}/disclosures`).expect(404);
    const admin = await t.as(['admin']);
    await admin.get(`/api/patients/${outsiders.id}/disclosures`).expect(403);
    const bad = await t.api.get('/api/patients/not-a-uuid/disclosures').expect(400);
    expect(bad.body.details.fields[0].field).toBe('id');
  });
});
