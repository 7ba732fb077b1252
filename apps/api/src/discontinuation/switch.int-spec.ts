import { addDays } from '@naltrack/domain';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';

describe('switching medication with the team', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const lastInjectionOn = addDays(today, -10);
  const blockadeEndsOn = addDays(lastInjectionOn, 28);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** An OUD patient on XR-NTX (last injection 10 days ago) who relapsed, with a proposer and both approvers. */
  async function relapsingOnXr() {
    const team = await t.newCareTeam();
    const patient = await t.newPatient({ careTeamId: team.id, diagnoses: ['OUD'], status: 'active' });
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'xr_injection', 380, $2)`,
      [patient.id, addDays(today, -66)],
    );
    await t.dataSource.query(
      `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, dose_mg)
       SELECT $1, 'administered', 'xr_injection', d::date, 380 FROM unnest($2::date[]) AS d`,
      [patient.id, [addDays(today, -66), addDays(today, -38), lastInjectionOn]],
    );
    const [proposer, prescriber, therapist] = await Promise.all([
      t.as(['prescriber'], [team.id]),
      t.as(['prescriber'], [team.id]),
      t.as(['therapist'], [team.id]),
    ]);
    // Recording the relapse also rebuilds the caseload row the facts are read from.
    await proposer
      .post(`/api/patients/${patient.id}/relapses`)
      .send({ onsetOn: addDays(today, -20), substance: 'opioids', lastUseOn: addDays(today, -12) })
      .expect(201);
    return { team, patient, proposer, prescriber, therapist };
  }

  const switchProposal = (change: Record<string, unknown> = {}) => ({
    kind: 'switch',
    reasonCode: 'lack_of_efficacy',
    reason: 'Relapsing on XR-NTX twice; cravings persist despite full adherence.',
    effectiveOn: blockadeEndsOn,
    switchTo: { medication: 'buprenorphine', prescribedBy: 'this_team' },
    ...change,
  });

  const propose = (client: ApiClient, patientId: string, change: Record<string, unknown> = {}) =>
    client.post(`/api/patients/${patientId}/discontinuation-requests`).send(switchProposal(change));
  const decide = (client: ApiClient, id: string, decision: 'approve' | 'reject') =>
    client.post(`/api/discontinuation-requests/${id}/decisions`).send({ decision, comment: `${decision}d` });

  it('shows approvers the relapses, adherence and blockade, is approved by others, and completes with the hand-off', async () => {
    const { patient, proposer, prescriber, therapist } = await relapsingOnXr();
    const proposed = await propose(proposer, patient.id).expect(201);
    expect(proposed.body).toMatchObject({
      kind: 'switch',
      status: 'pending',
      readiness: null,
      switchTo: { medication: 'buprenorphine', prescribedBy: 'this_team', program: null },
      switchPlan: null,
      switchFacts: { formulation: 'xr_injection', lastInjectionOn, blockadeEndsOn, relapseEpisodes: 1 },
      requiredApprovals: [{ role: 'prescriber' }, { role: 'therapist' }],
    });
    expect(proposed.body.switchFacts.lastRelapseUseOn).not.toBeNull();
    const id = proposed.body.id;

    await decide(proposer, id, 'approve').expect(403);
    await prescriber
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ handOffNote: 'First dose booked' })
      .expect(409);
    expect((await decide(prescriber, id, 'approve').expect(201)).body.status).toBe('pending');
    expect((await decide(therapist, id, 'approve').expect(201)).body.status).toBe('approved');

    await prescriber.post(`/api/discontinuation-requests/${id}/start`).expect(409);
    const missing = await prescriber.post(`/api/discontinuation-requests/${id}/complete`).send({}).expect(400);
    expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['handOffNote']);
    const completed = await prescriber
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ handOffNote: 'Buprenorphine induction booked for the day the blockade ends; first dose with the team.' })
      .expect(200);
    expect(completed.body).toMatchObject({ status: 'completed', completedOn: today, handOffNote: expect.any(String) });

    const after = await t.api.get(`/api/patients/${patient.id}`).expect(200);
    expect(after.body.status).toBe('switched');
    expect(after.body.metrics.flags).not.toContain('stopped_without_approval');
    const caseload = await t.api.get('/api/caseload').query({ status: 'switched' }).expect(200);
    expect(caseload.body.items.map((item: { patientId: string }) => item.patientId)).toContain(patient.id);
  });

  /** The caseload rows of a team, by patient: the target of each one's switch. */
  async function switchTargets(teamId: string): Promise<Record<string, unknown>> {
    const caseload = await t.api.get('/api/caseload').query({ careTeamId: teamId }).expect(200);
    const items: { patientId: string; switchedTo: unknown }[] = caseload.body.items;
    return Object.fromEntries(items.map((item) => [item.patientId, item.switchedTo]));
  }

  it('shows on the caseload row the medication a switched patient is on now, and who prescribes it', async () => {
    const { team, patient, proposer, prescriber, therapist } = await relapsingOnXr();
    const other = await t.newPatient({ careTeamId: team.id, diagnoses: ['OUD'], status: 'active' });
    const id = (await propose(proposer, patient.id).expect(201)).body.id;
    expect(await switchTargets(team.id)).toEqual({ [patient.id]: null, [other.id]: null });

    await decide(prescriber, id, 'approve').expect(201);
    await decide(therapist, id, 'approve').expect(201);
    await prescriber
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ handOffNote: 'First dose with the team.' })
      .expect(200);
    expect(await switchTargets(team.id)).toEqual({
      [patient.id]: { medication: 'buprenorphine', prescribedBy: 'this_team', program: null },
      [other.id]: null,
    });
  });

  it('names the program when another program prescribes, keeps it and shows it on the caseload row', async () => {
    const { team, patient, proposer, prescriber, therapist } = await relapsingOnXr();
    const response = await propose(proposer, patient.id, {
      reasonCode: 'patient_preference',
      switchTo: { medication: 'methadone', prescribedBy: 'other_program', program: 'Harbor OTP' },
      effectiveOn: addDays(blockadeEndsOn, 2),
    }).expect(201);
    const target = { medication: 'methadone', prescribedBy: 'other_program', program: 'Harbor OTP' };
    expect(response.body.switchTo).toEqual(target);

    const id = response.body.id;
    await decide(prescriber, id, 'approve').expect(201);
    await decide(therapist, id, 'approve').expect(201);
    await prescriber
      .post(`/api/discontinuation-requests/${id}/complete`)
      .send({ handOffNote: 'Intake at Harbor OTP booked; records sent with consent.' })
      .expect(200);
    expect(await switchTargets(team.id)).toEqual({ [patient.id]: target });
  });

  it('needs a plan for an agonist starting under the XR-NTX blockade, and takes one', async () => {
    const { patient, proposer } = await relapsingOnXr();
    const early = addDays(blockadeEndsOn, -1);
    const refused = await propose(proposer, patient.id, { effectiveOn: early }).expect(400);
    expect(refused.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['plan']);
    const plan = 'Low-dose buprenorphine start with daily review until the blockade ends.';
    const accepted = await propose(proposer, patient.id, { effectiveOn: early, plan }).expect(201);
    expect(accepted.body.switchPlan).toBe(plan);
  });

  it('leaves a course a completed switch ended out of retention (a planned end), unlike a drop-out', async () => {
    const team = await t.newCareTeam();
    const startedOn = addDays(today, -150);
    const newOudPatient = () => t.newPatient({ careTeamId: team.id, diagnoses: ['OUD'], status: 'active' });
    const [switched, dropped] = await Promise.all([newOudPatient(), newOudPatient()]);
    for (const patient of [switched, dropped]) {
      await t.dataSource.query(
        `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'xr_injection', 380, $2)`,
        [patient.id, startedOn],
      );
      await t.dataSource.query(
        `INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, dose_mg)
         SELECT $1, 'administered', 'xr_injection', d::date, 380 FROM unnest($2::date[]) AS d`,
        [patient.id, [startedOn, addDays(startedOn, 28)]],
      );
    }
    // The switch was handed off on day 61 of the course.
    await t.dataSource.query(
      `INSERT INTO discontinuation_request (patient_id, kind, reason_code, reason, effective_on, status, proposed_by,
                                           required_approvals, switch_to, completed_on, hand_off_note, version)
       VALUES ($1, 'switch', 'lack_of_efficacy', 'Relapsing on XR-NTX', $2, 'completed', $3, '[]',
               '{"medication": "buprenorphine", "prescribedBy": "this_team"}', $2, 'First dose with the team', 1)`,
      [switched.id, addDays(startedOn, 60), t.api.clinician.id],
    );
    const response = await t.api
      .get('/api/measures')
      .query({ from: startedOn, to: startedOn, careTeamId: team.id, measure: 'retention_90', include: 'patients' })
      .expect(200);
    const [retention] = response.body.measures;
    expect(retention).toMatchObject({ id: 'retention_90', numerator: 0, denominator: 1 });
    expect(retention.patients.map((p: { patientId: string }) => p.patientId)).toEqual([dropped.id]);
  });

  it.each([
    [{ switchTo: { medication: 'acamprosate', prescribedBy: 'this_team' } }, 'switchTo.medication'],
    [{ switchTo: { medication: 'heroin', prescribedBy: 'this_team' } }, 'switchTo.medication'],
    [{ switchTo: { medication: 'methadone', prescribedBy: 'other_program' } }, 'switchTo.program'],
    [{ switchTo: { medication: 'methadone', prescribedBy: 'a_friend' } }, 'switchTo.prescribedBy'],
    [{ switchTo: undefined }, 'switchTo'],
    [{ kind: 'stop', plan: undefined }, 'switchTo'],
    [{ plan: [{ startsOn: TEST_TODAY, doseMg: 25 }] }, 'plan'],
    [{ reasonCode: 'bored' }, 'reasonCode'],
    [{ effectiveOn: addDays(TEST_TODAY, -1) }, 'effectiveOn'],
  ])('refuses a switch with %p naming %s', async (change, field) => {
    const { patient, proposer } = await relapsingOnXr();
    const response = await propose(proposer, patient.id, change).expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});
