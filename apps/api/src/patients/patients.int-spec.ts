import { addDays } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { Patient } from './patient.entity.js';

describe('patients', () => {
  let t: TestApp;
  let careTeamId: string;
  const today = TEST_TODAY;

  const valid = () => ({
    mrn: `MRN-${Math.random().toString(36).slice(2, 10)}`,
    givenName: 'Ada',
    familyName: 'Sample',
    birthDate: '1984-03-02',
    sex: 'female',
    diagnoses: ['OUD'],
    careTeamId,
    enrolledOn: addDays(today, -3),
  });

  const patientCount = () => t.dataSource.getRepository(Patient).count();

  beforeAll(async () => {
    t = await createTestApp();
    careTeamId = (await t.newCareTeam()).id;
  });

  afterAll(() => t.close());

  it('creates a patient as referred, with a caseload row, and reads it back', async () => {
    const body = valid();
    const created = await t.api.post('/api/patients').send(body).expect(201);
    expect(created.body).toMatchObject({ ...body, id: expect.any(String), status: 'referred' });
    expect(created.body.metrics).toMatchObject({ asOf: today, flags: [], formulation: null, pdc90: null });

    const read = await t.api.get(`/api/patients/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);
  });

  it('answers a duplicate MRN with 409 naming the field, and stores nothing', async () => {
    const body = valid();
    await t.api.post('/api/patients').send(body).expect(201);
    const before = await patientCount();
    const response = await t.api
      .post('/api/patients')
      .send({ ...valid(), mrn: body.mrn })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'DUPLICATE_MRN', details: { fields: [{ field: 'mrn' }] } });
    expect(await patientCount()).toBe(before);
  });

  it.each([
    ['an unknown field', { nickname: 'Al' }, 'nickname'],
    ['a server-owned field', { id: '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8' }, 'id'],
    ['a status set by a workflow', { status: 'active' }, 'status'],
    ['an impossible birth date', { birthDate: '1984-02-30' }, 'birthDate'],
    ['a future birth date', { birthDate: addDays(today, 1) }, 'birthDate'],
    ['an enrolment before birth', { birthDate: '2000-01-01', enrolledOn: '1999-12-31' }, 'enrolledOn'],
    ['an unknown diagnosis', { diagnoses: ['GAD'] }, 'diagnoses'],
    ['no diagnosis', { diagnoses: [] }, 'diagnoses'],
    ['a malformed care team id', { careTeamId: 'north' }, 'careTeamId'],
    ['a care team that does not exist', { careTeamId: '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8' }, 'careTeamId'],
    ['a missing name', { givenName: undefined }, 'givenName'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_case, change, field) => {
    const before = await patientCount();
    const response = await t.api
      .post('/api/patients')
      .send({ ...valid(), ...change })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(JSON.stringify(response.body)).not.toMatch(/QueryFailed|SELECT|INSERT|at \//);
    expect(await patientCount()).toBe(before);
  });

  it('answers an unknown or malformed patient id with 404 or 400', async () => {
    await t.api.get('/api/patients/6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8').expect(404);
    const malformed = await t.api.get('/api/patients/not-a-uuid').expect(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'id' }] } });
  });

  it('updates a patient and its caseload row in one go', async () => {
    const patient = await t.newPatient({ careTeamId, familyName: 'Before', status: 'active' });
    const otherTeam = await t.newCareTeam();
    const response = await t.api
      .patch(`/api/patients/${patient.id}`)
      .send({ familyName: 'After', careTeamId: otherTeam.id, status: 'lost_to_follow_up' })
      .expect(200);
    expect(response.body).toMatchObject({ familyName: 'After', careTeamId: otherTeam.id, status: 'lost_to_follow_up' });
    const [row] = await t.dataSource.query(
      'SELECT family_name, care_team_id, status FROM patient_summary WHERE patient_id = $1',
      [patient.id],
    );
    expect(row).toEqual({ family_name: 'After', care_team_id: otherTeam.id, status: 'lost_to_follow_up' });
  });

  it('refuses to take another patient’s MRN on update', async () => {
    const first = await t.newPatient({ careTeamId });
    const second = await t.newPatient({ careTeamId });
    await t.api.patch(`/api/patients/${second.id}`).send({ mrn: first.mrn }).expect(409);
    await t.api.patch('/api/patients/6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8').send({}).expect(404);
  });
});
