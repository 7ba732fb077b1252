import { fieldsOf } from '../../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// class-validator's ValidateNested takes an array where an object belongs and validates its
// (absent) elements: `plan: [[]]` was stored as a taper step, `rules: [[]]` answered 500.
describe('an array sent where the API takes an object', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it("is refused in a team's outreach rules, which stay as they were", async () => {
    const team = (await t.newCareTeam()).id;
    const lead = await t.as(['team_lead'], [team]);
    const before = (await lead.get(`/api/care-teams/${team}/outreach-rules`).expect(200)).body;
    for (const rules of [[[]], [[[[]]]]]) {
      const answer = await lead.put(`/api/care-teams/${team}/outreach-rules`).send({ rules });
      expect([answer.status, fieldsOf(answer.body)]).toEqual([400, ['rules']]);
    }
    expect((await lead.get(`/api/care-teams/${team}/outreach-rules`).expect(200)).body).toEqual(before);
  });

  it('is refused in a taper plan and a switch target, and no request is stored', async () => {
    const patient = await t.newPatient({ status: 'active', diagnoses: ['OUD'] });
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, '2026-01-01')`,
      [patient.id],
    );
    const propose = (body: object) =>
      t.api.post(`/api/patients/${patient.id}/discontinuation-requests`).send({
        reasonCode: 'patient_preference',
        reason: 'Wants to try another way.',
        effectiveOn: '2026-07-01',
        ...body,
      });
    for (const [body, field] of [
      [{ kind: 'taper', plan: [[]] }, 'plan'],
      [{ kind: 'switch', switchTo: [] }, 'switchTo'],
    ] as const) {
      const answer = await propose(body);
      expect([answer.status, fieldsOf(answer.body)]).toEqual([400, [field]]);
    }
    const [{ n }] = await t.dataSource.query(
      'SELECT COUNT(*)::int AS n FROM discontinuation_request WHERE patient_id = $1',
      [patient.id],
    );
    expect(n).toBe(0);
  });

  it("is refused as a start's liver function tests", async () => {
    const patient = await t.newPatient({ status: 'referred', diagnoses: ['AUD'] });
    const answer = await t.api
      .post(`/api/patients/${patient.id}/naltrexone-starts`)
      .send({ formulation: 'oral', doseMg: 50, startedOn: '2026-06-01', lft: [] });
    expect([answer.status, fieldsOf(answer.body)]).toEqual([400, ['lft']]);
  });
});
