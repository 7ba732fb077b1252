import { addDays } from '@naltrack/domain';
import { newPatient } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

describe('MRNs, unique per care team', () => {
  let t: TestApp;
  let careTeamId: string;

  const enrolment = (mrn: string, teamId = careTeamId) => ({
    mrn,
    givenName: 'Ada',
    familyName: 'Sample',
    birthDate: '1984-03-02',
    sex: 'female',
    diagnoses: ['OUD'],
    careTeamId: teamId,
    enrolledOn: addDays(TEST_TODAY, -3),
  });

  beforeAll(async () => {
    t = await createTestApp();
    careTeamId = (await t.newCareTeam()).id;
  });

  afterAll(() => t.close());

  it('enrols an MRN a team the caller cannot see already holds exactly as an MRN nobody holds', async () => {
    const elsewhere = await newPatient(t.dataSource, { mrn: 'MRN-ELSEWHERE' });
    const fresh = await t.api.post('/api/patients').send(enrolment('MRN-NOBODY')).expect(201);
    const held = await t.api.post('/api/patients').send(enrolment('MRN-ELSEWHERE')).expect(201);

    // Same status, same shape: nothing tells the caller the other enrolment exists.
    const { id: freshId, mrn: freshMrn, createdAt: a, updatedAt: b, ...freshRest } = fresh.body;
    const { id: heldId, mrn: heldMrn, createdAt: c, updatedAt: d, ...heldRest } = held.body;
    expect(heldRest).toEqual(freshRest);
    expect([freshMrn, heldMrn]).toEqual(['MRN-NOBODY', 'MRN-ELSEWHERE']);
    expect(heldId).not.toBe(elsewhere.id);
    expect(held.body.careTeamId).toBe(careTeamId);
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*)::int AS n FROM patient WHERE mrn = 'MRN-ELSEWHERE'");
    expect(n).toBe(2);

    // Taking it on update reads the same way.
    const other = await t.api.post('/api/patients').send(enrolment('MRN-RENAMED')).expect(201);
    await newPatient(t.dataSource, { mrn: 'MRN-ELSEWHERE-3' });
    await t.api.patch(`/api/patients/${other.body.id}`).send({ mrn: 'MRN-ELSEWHERE-3' }).expect(200);
  });

  it('answers 409 naming mrn when one of the caller’s own teams holds it', async () => {
    await t.api.post('/api/patients').send(enrolment('MRN-OWN')).expect(201);
    const sameTeam = await t.api.post('/api/patients').send(enrolment('MRN-OWN')).expect(409);
    expect(sameTeam.body).toMatchObject({ code: 'DUPLICATE_MRN', details: { fields: [{ field: 'mrn' }] } });

    const secondTeam = (await t.newCareTeam()).id;
    const otherOwnTeam = await t.api.post('/api/patients').send(enrolment('MRN-OWN', secondTeam)).expect(409);
    expect(otherOwnTeam.body).toMatchObject({ code: 'DUPLICATE_MRN', details: { fields: [{ field: 'mrn' }] } });
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*)::int AS n FROM patient WHERE mrn = 'MRN-OWN'");
    expect(n).toBe(1);
  });

  it('refuses an import row whose MRN names patients in two of the caller’s teams, asking for patientId', async () => {
    const first = await t.newCareTeam();
    const second = await t.newCareTeam();
    // Two teams enrolled the MRN apart; the caller joined both later.
    const one = await t.newPatient({ mrn: 'MRN-TWICE', careTeamId: first.id });
    await t.newPatient({ mrn: 'MRN-TWICE', careTeamId: second.id });
    const body = [
      'record,patientId,mrn,kind,formulation,occurredOn',
      `medication_event,,MRN-TWICE,taken,oral,${addDays(TEST_TODAY, -1)}`,
      `medication_event,${one.id},,taken,oral,${addDays(TEST_TODAY, -1)}`,
    ].join('\n');
    const response = await t.api.post('/api/imports').set('Content-Type', 'text/csv').send(body).expect(200);
    expect(response.body).toEqual({
      rowsRead: 2,
      rowsImported: 1,
      errorCount: 1,
      errors: [{ line: 2, field: 'mrn', message: 'mrn names patients in two of your teams; give patientId' }],
    });
  });
});
