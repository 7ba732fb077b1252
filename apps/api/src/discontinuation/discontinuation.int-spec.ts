import { addDays } from '@naltrack/domain';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

describe('team-approved discontinuation', () => {
  let t: TestApp;
  const today = TEST_TODAY;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** A patient on oral naltrexone in a team with a proposer, a prescriber and a therapist. */
  async function setting() {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id, diagnoses: ['AUD'], status: 'active' });
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
      [patient.id, addDays(today, -200)],
    );
    const [proposer, prescriber, therapist] = await Promise.all([
      t.as(['nurse'], [team.id]),
      t.as(['prescriber'], [team.id]),
      t.as(['therapist'], [team.id]),
    ]);
    return { team, patient, proposer, prescriber, therapist };
  }

  const proposal = () => ({
    kind: 'taper',
    reasonCode: 'clinical_stability',
    reason: 'Stable for seven months, attends every session, wishes to stop.',
    effectiveOn: addDays(today, 30),
    plan: [
      { startsOn: addDays(today, 1), doseMg: 25 },
      { startsOn: addDays(today, 15), doseMg: 12.5 },
    ],
  });

  const decide = (client: ApiClient, id: string, decision: 'approve' | 'reject') =>
    client.post(`/api/discontinuation-requests/${id}/decisions`).send({ decision, comment: `${decision}d` });

  it('runs proposal, approvals, taper and completion, with every step on the timeline', async () => {
    const { patient, proposer, prescriber, therapist } = await setting();
    const proposed = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send(proposal())
      .expect(201);
    expect(proposed.body).toMatchObject({
      status: 'pending',
      requiredApprovals: [{ role: 'prescriber' }, { role: 'therapist' }],
      readiness: { items: expect.arrayContaining([expect.objectContaining({ id: 'days_on_naltrexone', met: true })]) },
    });
    const id = proposed.body.id;

    const inbox = await prescriber.get('/api/discontinuation-requests').query({ awaiting: 'me' }).expect(200);
    expect(inbox.body.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(inbox.body[0].patient).toEqual({
      givenName: patient.givenName,
      familyName: patient.familyName,
      mrn: patient.mrn,
    });
    expect((await proposer.get('/api/discontinuation-requests').query({ awaiting: 'me' }).expect(200)).body).toEqual(
      [],
    );

    await decide(proposer, id, 'approve').expect(403);
    expect((await decide(prescriber, id, 'approve').expect(201)).body.status).toBe('pending');
    await decide(prescriber, id, 'approve').expect(409);
    expect((await decide(therapist, id, 'approve').expect(201)).body.status).toBe('approved');

    await proposer
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ naloxoneKitProvided: true, overdoseRiskCounselled: true })
      .expect(409);
    const started = await prescriber.post(`/api/discontinuation-requests/${id}/start`).expect(200);
    expect(started.body).toMatchObject({ status: 'in_taper', startedOn: today });
    expect((await t.api.get(`/api/patients/${patient.id}`).expect(200)).body.status).toBe('tapering');

    const refused = await prescriber
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ naloxoneKitProvided: true, overdoseRiskCounselled: false })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'NALOXONE_COUNSELLING_REQUIRED',
      details: { missing: ['overdoseRiskCounselled'] },
    });
    await prescriber
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ naloxoneKitProvided: true, overdoseRiskCounselled: true })
      .expect(200);
    expect((await t.api.get(`/api/patients/${patient.id}`).expect(200)).body.status).toBe('discontinued');

    const timeline = await t.api.get(`/api/patients/${patient.id}/timeline`).expect(200);
    const types = timeline.body.items.map((item: { type: string }) => item.type);
    expect(types.filter((type: string) => type === 'discontinuation_decision')).toHaveLength(2);
    expect(types).toContain('discontinuation_request');
  });

  it('also needs the team lead where the team asks for it', async () => {
    const { team, patient, proposer, prescriber, therapist } = await setting();
    const admin = await t.as(['admin']);
    await admin.patch(`/api/care-teams/${team.id}`).send({ requireLeadApproval: true }).expect(200);
    const proposed = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send(proposal())
      .expect(201);
    expect(proposed.body.requiredApprovals).toEqual([
      { role: 'prescriber' },
      { role: 'therapist' },
      { role: 'team_lead' },
    ]);

    await decide(prescriber, proposed.body.id, 'approve').expect(201);
    expect((await decide(therapist, proposed.body.id, 'approve').expect(201)).body.status).toBe('pending');
    const lead = await t.as(['team_lead'], [team.id]);
    expect((await decide(lead, proposed.body.id, 'approve').expect(201)).body.status).toBe('approved');
  });

  it('rejects on one rejection, lets the proposer withdraw, and allows one open request at a time', async () => {
    const { patient, proposer, prescriber, therapist } = await setting();
    const first = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send(proposal())
      .expect(201);
    await proposer.post(`/api/patients/${patient.id}/discontinuation-requests`).send(proposal()).expect(409);
    await prescriber.post(`/api/discontinuation-requests/${first.body.id}/withdraw`).expect(403);
    expect(
      (await proposer.post(`/api/discontinuation-requests/${first.body.id}/withdraw`).expect(200)).body.status,
    ).toBe('withdrawn');
    await decide(therapist, first.body.id, 'approve').expect(409);

    const second = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send(proposal())
      .expect(201);
    await decide(prescriber, second.body.id, 'approve').expect(201);
    expect((await decide(therapist, second.body.id, 'reject').expect(201)).body.status).toBe('rejected');
  });

  it.each([
    [{ plan: [{ startsOn: addDays(TEST_TODAY, 40), doseMg: 25 }] }, 'plan.0.startsOn'],
    [{ plan: [] }, 'plan'],
    [{ effectiveOn: addDays(TEST_TODAY, -1) }, 'effectiveOn'],
    [{ reasonCode: 'bored' }, 'reasonCode'],
    [{ status: 'approved' }, 'status'],
  ])('refuses a proposal with %p naming %s', async (change, field) => {
    const { patient, proposer } = await setting();
    const response = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send({ ...proposal(), ...change })
      .expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('settles 20 simultaneous decisions into exactly one outcome, each stored or refused with 409', async () => {
    const { team, patient, proposer } = await setting();
    const proposed = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send(proposal())
      .expect(201);
    const deciders = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.as([i % 2 === 0 ? 'prescriber' : 'therapist'], [team.id])),
    );
    const responses = await Promise.all(deciders.map((client) => decide(client, proposed.body.id, 'approve')));
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);

    const request = await t.api.get(`/api/discontinuation-requests/${proposed.body.id}`).expect(200);
    expect(request.body.status).toBe('approved');
    expect(request.body.decisions).toHaveLength(statuses.filter((status) => status === 201).length);
    const roles = new Set(request.body.decisions.map((d: { roles: string[] }) => d.roles[0]));
    expect(roles).toEqual(new Set(['prescriber', 'therapist']));

    // The trail holds one decision event per request, with the outcome each caller saw.
    const audited = async () =>
      t.dataSource.query(
        `SELECT status_code FROM audit_event WHERE action = 'POST /api/discontinuation-requests/:id/decisions'
          AND resource_id = $1`,
        [proposed.body.id],
      );
    for (let i = 0; i < 50 && (await audited()).length < 20; i++) await new Promise((r) => setTimeout(r, 20));
    const codes = (await audited()).map((row: { status_code: number }) => row.status_code).sort();
    expect(codes).toEqual([...statuses].sort());
  });

  it('settles 20 simultaneous decisions on a switch the same way, and completes it once under 5 simultaneous hand-offs', async () => {
    const { team, patient, proposer } = await setting();
    const proposed = await proposer
      .post(`/api/patients/${patient.id}/discontinuation-requests`)
      .send({
        kind: 'switch',
        reasonCode: 'lack_of_efficacy',
        reason: 'Heavy drinking days continue on naltrexone; try acamprosate.',
        effectiveOn: addDays(today, 7),
        switchTo: { medication: 'acamprosate', prescribedBy: 'this_team' },
      })
      .expect(201);
    const id = proposed.body.id;
    const deciders = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.as([i % 2 === 0 ? 'prescriber' : 'therapist'], [team.id])),
    );
    const responses = await Promise.all(deciders.map((client) => decide(client, id, 'approve')));
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const request = await t.api.get(`/api/discontinuation-requests/${id}`).expect(200);
    expect(request.body.status).toBe('approved');
    expect(request.body.decisions).toHaveLength(statuses.filter((status) => status === 201).length);

    const handOffs = await Promise.all(
      deciders
        .slice(0, 5)
        .map((client, i) =>
          client.post(`/api/discontinuation-requests/${id}/complete`).send({ handOffNote: `First dose given (${i})` }),
        ),
    );
    expect(handOffs.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const completed = await t.api.get(`/api/discontinuation-requests/${id}`).expect(200);
    const winner = handOffs.find((r) => r.status === 200);
    expect(completed.body).toMatchObject({ status: 'completed', handOffNote: winner?.body.handOffNote });
    expect((await t.api.get(`/api/patients/${patient.id}`).expect(200)).body.status).toBe('switched');
  });

  it('resolves "stopped without approval" and keeps the resolution', async () => {
    const { patient, proposer } = await setting();
    await t.dataSource.query(
      `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, days_supply) VALUES ($1, 'dispensed', 'oral', $2, 10)`,
      [patient.id, addDays(today, -40)],
    );
    await proposer.post(`/api/patients/${patient.id}/stop-resolutions`).send({ resolution: 'bored' }).expect(400);
    // Any write rebuilds the caseload row; the direct insert above did not.
    await proposer
      .post(`/api/patients/${patient.id}/observations`)
      .send({ kind: 'drinks', observedOn: today, value: 0 })
      .expect(201);
    expect((await t.api.get(`/api/patients/${patient.id}`).expect(200)).body.metrics.flags).toContain(
      'stopped_without_approval',
    );

    await proposer
      .post(`/api/patients/${patient.id}/stop-resolutions`)
      .send({ resolution: 're_engaged', note: 'Back on oral from tomorrow' })
      .expect(201);
    expect((await t.api.get(`/api/patients/${patient.id}`).expect(200)).body.metrics.flags).not.toContain(
      'stopped_without_approval',
    );
  });
});
