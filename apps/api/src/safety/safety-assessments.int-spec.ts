import { addDays } from '@naltrack/domain';
import { fieldsOf } from '../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

const MISSING_ID = '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8';

describe('safety assessments and the suicide_risk flag', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const daysAgo = (n: number) => addDays(today, -n);
  const phq9 = (item9: number, observedOn: string) => ({
    kind: 'phq9',
    observedOn,
    items: [1, 1, 1, 1, 1, 1, 1, 1, item9],
  });
  const assessment = (assessedOn: string) => ({ assessedOn, outcome: 'low', plan: 'Safety plan reviewed' });

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const flagsOf = async (patientId: string): Promise<string[]> =>
    (await t.api.get(`/api/patients/${patientId}`).expect(200)).body.metrics.flags;

  it('raises the flag with the PHQ-9, clears it with an assessment that day, and raises it again with a later positive', async () => {
    const patient = await t.newPatient({ diagnoses: ['AUD'] });
    await t.api
      .post(`/api/patients/${patient.id}/observations`)
      .send(phq9(0, daysAgo(9)))
      .expect(201);
    expect(await flagsOf(patient.id)).not.toContain('suicide_risk');
    await t.api
      .post(`/api/patients/${patient.id}/observations`)
      .send(phq9(2, daysAgo(5)))
      .expect(201);
    expect(await flagsOf(patient.id)).toContain('suicide_risk');

    // An assessment before the PHQ-9's day does not answer it.
    await t.api
      .post(`/api/patients/${patient.id}/safety-assessments`)
      .send(assessment(daysAgo(6)))
      .expect(201);
    expect(await flagsOf(patient.id)).toContain('suicide_risk');
    const cleared = await t.api
      .post(`/api/patients/${patient.id}/safety-assessments`)
      .send(assessment(daysAgo(5)))
      .expect(201);
    expect(cleared.body).toMatchObject({ assessedOn: daysAgo(5), outcome: 'low', plan: 'Safety plan reviewed' });
    expect(await flagsOf(patient.id)).not.toContain('suicide_risk');

    await t.api
      .post(`/api/patients/${patient.id}/observations`)
      .send(phq9(1, daysAgo(1)))
      .expect(201);
    expect(await flagsOf(patient.id)).toContain('suicide_risk');

    const listed = await t.api.get(`/api/patients/${patient.id}/safety-assessments`).expect(200);
    expect(listed.body.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([daysAgo(5), daysAgo(6)]);
    const timeline = await t.api.get(`/api/patients/${patient.id}/timeline`).expect(200);
    expect(timeline.body.items).toContainEqual(
      expect.objectContaining({
        type: 'safety_assessment',
        id: cleared.body.id,
        on: daysAgo(5),
        details: {
          outcome: 'low',
          plan: 'Safety plan reviewed',
          assessedBy: expect.objectContaining({ id: t.api.clinician.id }),
        },
      }),
    );
    const [audited] = await t.dataSource.query(
      `SELECT COUNT(*)::int AS n FROM audit_event WHERE patient_id = $1 AND action LIKE 'POST %safety-assessments'`,
      [patient.id],
    );
    expect(audited.n).toBe(2);
  });

  it('lists the patient first on Today for every clinician of the team, with the item-9 answer', async () => {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id });
    await t.api
      .post(`/api/patients/${patient.id}/observations`)
      .send(phq9(3, daysAgo(2)))
      .expect(201);
    for (const role of ['prescriber', 'therapist', 'nurse', 'team_lead'] as const) {
      const clinician = await t.as([role], [team.id]);
      const day = await clinician.get('/api/today').expect(200);
      expect(day.body.counts.suicideRisk).toBe(1);
      expect(day.body.suicideRisk).toEqual([
        expect.objectContaining({
          patientId: patient.id,
          on: daysAgo(2),
          detail: expect.stringContaining('answered 3'),
        }),
      ]);
    }
    const tasks = await t.dataSource.query(
      `SELECT reason, due_on::text AS due_on FROM outreach_task WHERE patient_id = $1 AND status = 'open'`,
      [patient.id],
    );
    expect(tasks).toEqual([{ reason: 'suicide_risk', due_on: today }]);
  });

  it('refuses bad input with 400 naming the field, and changes nothing', async () => {
    const patient = await t.newPatient();
    const post = (body: object) => t.api.post(`/api/patients/${patient.id}/safety-assessments`).send(body);
    expect(fieldsOf((await post({ outcome: 'low', plan: 'x' }).expect(400)).body)).toEqual(['assessedOn']);
    expect(fieldsOf((await post({ ...assessment(today), outcome: 'fine' }).expect(400)).body)).toEqual(['outcome']);
    expect(fieldsOf((await post({ ...assessment(today), plan: '' }).expect(400)).body)).toEqual(['plan']);
    expect(fieldsOf((await post(assessment(addDays(today, 1))).expect(400)).body)).toEqual(['assessedOn']);
    expect(fieldsOf((await post(assessment('1900-01-01')).expect(400)).body)).toEqual(['assessedOn']);
    const listed = await t.api.get(`/api/patients/${patient.id}/safety-assessments`).expect(200);
    expect(listed.body).toEqual([]);
  });

  it('is for clinical roles of the team only', async () => {
    const patient = await t.newPatient();
    const auditor = await t.as(['auditor'], [patient.careTeamId]);
    await auditor.post(`/api/patients/${patient.id}/safety-assessments`).send(assessment(today)).expect(403);
    const outsider = await t.as(['therapist']);
    await outsider.post(`/api/patients/${patient.id}/safety-assessments`).send(assessment(today)).expect(404);
    await t.api.get(`/api/patients/${MISSING_ID}/safety-assessments`).expect(404);
  });
});
