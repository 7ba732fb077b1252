import { fieldsOf } from '../../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('null sent for a field an update may leave out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('is refused on a patient with a 400 naming the field, and changes nothing', async () => {
    const patient = await t.newPatient({ enrolledOn: '2026-01-05' });
    const response = await t.api.patch(`/api/patients/${patient.id}`).send({ enrolledOn: null, status: null });
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body).sort()).toEqual(['enrolledOn', 'status']);
    expect((await t.api.get(`/api/patients/${patient.id}`)).body.enrolledOn).toBe('2026-01-05');
  });

  it('is refused on a clinician and a care team', async () => {
    const admin = await t.as(['admin']);
    const team = await t.newCareTeam();
    const teamAnswer = await admin.patch(`/api/care-teams/${team.id}`).send({ name: null, requireLeadApproval: null });
    expect(teamAnswer.status).toBe(400);
    expect(fieldsOf(teamAnswer.body).sort()).toEqual(['name', 'requireLeadApproval']);

    const clinician = await t.as(['nurse']);
    const answer = await admin
      .patch(`/api/clinicians/${clinician.clinician.id}`)
      .send({ displayName: null, roles: null, careTeamIds: null, active: null });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body).sort()).toEqual(['active', 'careTeamIds', 'displayName', 'roles']);
  });

  it('leaves fields that are left out alone', async () => {
    const admin = await t.as(['admin']);
    const team = await t.newCareTeam({ name: 'Before' });
    const answer = await admin.patch(`/api/care-teams/${team.id}`).send({ requireLeadApproval: true });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name: 'Before', requireLeadApproval: true });
  });
});
