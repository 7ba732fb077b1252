import { newClinician } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('GET /api/care-teams', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('lists teams by name with patient and active counts, including empty teams', async () => {
    const north = await t.newCareTeam({ code: 'north', name: 'North Clinic' });
    const south = await t.newCareTeam({ code: 'south', name: 'South Clinic' });
    await t.newCareTeam({ code: 'east', name: 'East Clinic' });
    await t.newPatient({ careTeamId: north.id, status: 'active' });
    await t.newPatient({ careTeamId: north.id, status: 'active' });
    await t.newPatient({ careTeamId: north.id, status: 'tapering' });
    await t.newPatient({ careTeamId: south.id, status: 'discontinued' });

    const response = await t.api.get('/api/care-teams').expect(200);

    expect(response.body).toEqual([
      {
        id: expect.any(String),
        code: 'east',
        name: 'East Clinic',
        requireLeadApproval: false,
        patientCount: 0,
        activeCount: 0,
      },
      {
        id: north.id,
        code: 'north',
        name: 'North Clinic',
        requireLeadApproval: false,
        patientCount: 3,
        activeCount: 2,
      },
      {
        id: south.id,
        code: 'south',
        name: 'South Clinic',
        requireLeadApproval: false,
        patientCount: 1,
        activeCount: 0,
      },
    ]);
  });

  it("shows an admin each team's lead-approval setting, and names the field of a taken code", async () => {
    const admin = await t.as(['admin']);
    const created = await admin.post('/api/care-teams').send({ code: 'west', name: 'West Clinic' }).expect(201);
    await admin.patch(`/api/care-teams/${created.body.id}`).send({ requireLeadApproval: true }).expect(200);

    const listed = await admin.get('/api/care-teams').expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ code: 'west', requireLeadApproval: true }));

    const taken = await admin.post('/api/care-teams').send({ code: 'west', name: 'West Again' }).expect(409);
    expect(taken.body).toMatchObject({
      code: 'TEAM_CODE_TAKEN',
      details: { fields: [{ field: 'code', messages: ['code is already in use'] }] },
    });
  });

  it("lists a team's active clinicians to its members, and to no one else", async () => {
    const team = await t.newCareTeam();
    const other = await t.newCareTeam();
    const nurse = await newClinician(t.dataSource, { roles: ['nurse'], careTeamIds: [team.id] });
    await newClinician(t.dataSource, { roles: ['therapist'], careTeamIds: [team.id], active: false });
    await newClinician(t.dataSource, { roles: ['prescriber'], careTeamIds: [other.id] });
    const therapist = await t.as(['therapist'], [team.id]);

    const { body } = await therapist.get(`/api/care-teams/${team.id}/members`).expect(200);
    const ids = body.map((member: { id: string }) => member.id);
    expect(ids).toContain(nurse.id);
    expect(body.find((member: { id: string }) => member.id === nurse.id)).toEqual({
      id: nurse.id,
      displayName: nurse.displayName,
      roles: ['nurse'],
    });
    // The default clinician, the therapist asking and the nurse: not the inactive one, not the other team's.
    expect(body).toHaveLength(3);

    const outsider = await t.as(['prescriber'], [other.id]);
    await outsider.get(`/api/care-teams/${team.id}/members`).expect(404);
    const admin = await t.as(['admin']);
    await admin.get(`/api/care-teams/${team.id}/members`).expect(403);
    await therapist.get('/api/care-teams/not-a-uuid/members').expect(400);
  });
});
