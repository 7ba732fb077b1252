import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, hoursFromNow } from '../../test/test-clock.js';

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

  /** Opens a patient for a clinician outside its team, as in an emergency. */
  async function breakGlass(client: ApiClient, patientId: string): Promise<void> {
    await client
      .post(`/api/patients/${patientId}/break-glass`)
      .send({ reason: 'Patient in the emergency department, overdose suspected' })
      .expect(201);
  }

  /** The trail is written once the answer is sent: wait for the event. */
  async function auditDetail(actorId: string, action: string): Promise<unknown> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const [event]: { detail: unknown }[] = await t.dataSource.query(
        'SELECT detail FROM audit_event WHERE actor_id = $1 AND action = $2 AND outcome = $3',
        [actorId, action, 'success'],
      );
      if (event) return event.detail;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no audit event for ${action}`);
  }

  it('lets a break-glass reader read the patient and change nothing: 403 BREAK_GLASS_READ_ONLY', async () => {
    const south = await t.newCareTeam();
    const north = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: south.id, givenName: 'Unchanged' });
    const [session] = await t.dataSource.query(
      `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
       VALUES ($1, $2, $3, 'individual', 'scheduled', 1) RETURNING id`,
      [patient.id, hoursFromNow(-24), daysFromToday(-1)],
    );
    const [request] = await t.dataSource.query(
      `INSERT INTO discontinuation_request (patient_id, kind, reason_code, reason, effective_on, proposed_by,
                                           readiness_snapshot, required_approvals, version)
       VALUES ($1, 'stop', 'other', 'planned', $2, $3, '{"ready": false, "items": []}', '[]', 1) RETURNING id`,
      [patient.id, daysFromToday(30), t.api.clinician.id],
    );
    const reader = await t.as(['prescriber', 'therapist', 'nurse', 'team_lead'], [north.id]);
    await breakGlass(reader, patient.id);

    await reader.get(`/api/patients/${patient.id}`).expect(200);
    await reader.get(`/api/patients/${patient.id}/observations`).expect(200);
    await reader.get(`/api/discontinuation-requests/${request.id}`).expect(200);

    const writes: [keyof ApiClient & ('post' | 'patch'), string, object][] = [
      ['patch', `/api/patients/${patient.id}`, { careTeamId: north.id }],
      ['patch', `/api/patients/${patient.id}`, { givenName: 'Changed' }],
      ['post', `/api/patients/${patient.id}/naltrexone-starts`, {}],
      ['post', `/api/patients/${patient.id}/medication-events`, {}],
      ['post', `/api/patients/${patient.id}/therapy-sessions`, {}],
      ['patch', `/api/therapy-sessions/${session.id}`, { status: 'attended' }],
      ['post', `/api/patients/${patient.id}/observations`, {}],
      ['post', `/api/patients/${patient.id}/relapses`, {}],
      ['post', `/api/patients/${patient.id}/consents`, {}],
      ['post', `/api/patients/${patient.id}/discontinuation-requests`, {}],
      ['post', `/api/patients/${patient.id}/stop-resolutions`, {}],
      ['post', `/api/discontinuation-requests/${request.id}/decisions`, { decision: 'approved' }],
      ['post', `/api/discontinuation-requests/${request.id}/withdraw`, {}],
      ['post', `/api/discontinuation-requests/${request.id}/start`, {}],
      ['post', `/api/discontinuation-requests/${request.id}/complete`, {}],
    ];
    for (const [method, url, body] of writes) {
      const response = await reader[method](url).send(body);
      expect({ method, url, status: response.status, code: response.body.code }).toEqual({
        method,
        url,
        status: 403,
        code: 'BREAK_GLASS_READ_ONLY',
      });
    }

    // Imports find rows' patients among the caller's own teams only: a break-glass patient is not one.
    const imported = await reader
      .post('/api/imports')
      .set('Content-Type', 'text/csv')
      .send(
        `record,patientId,kind,formulation,occurredOn\nmedication_event,${patient.id},taken,oral,${daysFromToday(-1)}`,
      )
      .expect(200);
    expect(imported.body).toMatchObject({ rowsImported: 0, errors: [{ line: 2, field: 'patientId' }] });

    const [stored] = await t.dataSource.query('SELECT care_team_id, given_name FROM patient WHERE id = $1', [
      patient.id,
    ]);
    expect(stored).toEqual({ care_team_id: south.id, given_name: 'Unchanged' });
    const [{ n }] = await t.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM medication_event WHERE patient_id = $1)
            + (SELECT COUNT(*) FROM observation WHERE patient_id = $1)
            + (SELECT COUNT(*) FROM discontinuation_decision d JOIN discontinuation_request r ON r.id = d.request_id
                WHERE r.patient_id = $1) AS n`,
      [patient.id],
    );
    expect(Number(n)).toBe(0);
  });

  it('moves a patient only by its current team, audits the move and keeps it on the original lead’s lists', async () => {
    const south = await t.newCareTeam();
    const north = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: south.id });
    const northOnly = await t.as(['prescriber'], [north.id]);
    await breakGlass(northOnly, patient.id);
    await northOnly.patch(`/api/patients/${patient.id}`).send({ careTeamId: north.id }).expect(403);

    const southOnly = await t.as(['prescriber'], [south.id]);
    const refused = await southOnly.patch(`/api/patients/${patient.id}`).send({ careTeamId: north.id }).expect(400);
    expect(refused.body.details.fields).toEqual([expect.objectContaining({ field: 'careTeamId' })]);

    const mover = await t.as(['prescriber'], [south.id, north.id]);
    const moved = await mover.patch(`/api/patients/${patient.id}`).send({ careTeamId: north.id }).expect(200);
    expect(moved.body.careTeamId).toBe(north.id);
    expect(await auditDetail(mover.clinician.id, 'PATCH /api/patients/:id')).toEqual({
      transferFromCareTeamId: south.id,
      transferToCareTeamId: north.id,
    });

    const southLead = await t.as(['team_lead'], [south.id]);
    await southLead.get(`/api/patients/${patient.id}`).expect(404);
    const grants = await southLead.get('/api/break-glass').expect(200);
    expect(grants.body).toEqual([
      expect.objectContaining({ patientId: patient.id, clinicianId: northOnly.clinician.id, careTeamId: south.id }),
    ]);
    const transfers = await southLead.get('/api/patient-transfers').expect(200);
    expect(transfers.body).toEqual([
      {
        id: expect.any(String),
        patientId: patient.id,
        fromCareTeamId: south.id,
        toCareTeamId: north.id,
        clinicianId: mover.clinician.id,
        clinicianEmail: mover.clinician.email,
        transferredAt: expect.any(String),
      },
    ]);

    // The grant belongs to the team that held the patient then, not to the team it moved to.
    const northLead = await t.as(['team_lead'], [north.id]);
    expect((await northLead.get('/api/break-glass').expect(200)).body).toEqual([]);
    expect((await northLead.get('/api/patient-transfers').expect(200)).body).toHaveLength(1);
    const otherLead = await t.as(['team_lead'], [(await t.newCareTeam()).id]);
    expect((await otherLead.get('/api/patient-transfers').expect(200)).body).toEqual([]);
    await (await t.as(['prescriber'], [south.id])).get('/api/patient-transfers').expect(403);
  });
});
