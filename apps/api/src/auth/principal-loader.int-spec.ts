import { jest } from '@jest/globals';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { ApiTokenService } from './api-token.service.js';
import { PrincipalLoader } from './principal-loader.js';

describe('PrincipalLoader, for patient-scoped requests that arrive together', () => {
  let t: TestApp;
  let loader: PrincipalLoader;

  beforeAll(async () => {
    t = await createTestApp();
    loader = t.app.get(PrincipalLoader);
  });

  afterAll(() => t.close());

  it("finds each request's own record in the statements they share, and counts every request", async () => {
    const nurse = await t.as(['nurse']);
    const { token } = await t.app.get(ApiTokenService).create(nurse.clinician.id, 'burst');
    const team = await t.newCareTeam();
    const patients = await Promise.all([1, 2, 3].map(() => t.newPatient({ careTeamId: team.id })));
    const ids = patients.map((p) => p.id);
    const missing = '00000000-0000-4000-8000-000000000000';
    // The five come together: one statement serves them all.
    const asked = [ids[0], ids[1], missing, ids[2]?.toUpperCase(), ids[1]] as string[];
    const statements = jest.spyOn(t.dataSource, 'createQueryRunner');
    const found = await Promise.all(asked.map((id) => loader.loadByToken(token, { via: 'patient', id })));
    const used = statements.mock.calls.length;
    statements.mockRestore();

    expect(used).toBe(1);
    expect(found.map((f) => f?.record ?? null)).toEqual(
      asked.map((id) => (id === missing ? null : { patientId: id.toLowerCase(), careTeamId: team.id })),
    );
    expect(found.map((f) => f?.principal.clinicianId)).toEqual(asked.map(() => nurse.clinician.id));
    // Each request has its own count, in the order they came.
    expect(found.map((f) => f?.count?.hits)).toEqual([1, 2, 3, 4, 5]);
  });

  it("finds a therapy session's and a discontinuation request's patient the same way", async () => {
    const prescriber = await t.as(['prescriber']);
    const { token } = await t.app.get(ApiTokenService).create(prescriber.clinician.id, 'records');
    const patient = await t.newPatient();
    const [session]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
       VALUES ($1, now(), CURRENT_DATE, 'individual', 'scheduled', 1) RETURNING id`,
      [patient.id],
    );
    if (!session) throw new Error('no session');
    const [viaSession, unknown] = await Promise.all([
      loader.loadByToken(token, { via: 'therapy_session', id: session.id }),
      loader.loadByToken(token, { via: 'therapy_session', id: patient.id }),
    ]);
    expect(viaSession?.record).toEqual({ patientId: patient.id, careTeamId: patient.careTeamId });
    // A patient's id is not a session's.
    expect(unknown?.record).toBeNull();
    const none = await loader.loadByToken(token, { via: 'discontinuation_request', id: session.id });
    expect(none?.record).toBeNull();
  });
});
