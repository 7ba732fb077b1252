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
      { id: expect.any(String), code: 'east', name: 'East Clinic', patientCount: 0, activeCount: 0 },
      { id: north.id, code: 'north', name: 'North Clinic', patientCount: 3, activeCount: 2 },
      { id: south.id, code: 'south', name: 'South Clinic', patientCount: 1, activeCount: 0 },
    ]);
  });
});
