import request from 'supertest';
import { addMemberships, newCareTeam, newPatient } from '../../test/factories.js';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';

interface TaskView {
  id: string;
  reason: string;
  status: string;
  assignee: { id: string };
  dueOn: string;
  openedBy: unknown;
  openedOn: string;
  resolution: string | null;
  resolvedBy: unknown;
  resolvedOn: string | null;
  clearedBy: { kind: string; id: string } | null;
}

/** Tasks open and close by themselves as a caseload flag appears and clears, by the team's rules. */
describe('automatic outreach tasks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** A team the default tester is not in, so the rule's choice of assignee is the team's own. */
  async function teamWith(roles: ('prescriber' | 'nurse' | 'team_lead' | 'therapist')[][]) {
    const team = (await newCareTeam(t.dataSource)).id;
    const members: ApiClient[] = [];
    for (const memberRoles of roles) members.push(await t.as(memberRoles, [team]));
    return { team, members };
  }

  /** An AUD patient with an XR start `days` ago and nothing since: not_started from 7 days. */
  async function startedDaysAgo(team: string, prescriber: ApiClient, days: number) {
    const patient = await newPatient(t.dataSource, { careTeamId: team, diagnoses: ['AUD'], status: 'referred' });
    await prescriber
      .post(`/api/patients/${patient.id}/naltrexone-starts`)
      .send({ formulation: 'xr_injection', doseMg: 380, startedOn: daysFromToday(-days) })
      .expect(201);
    return patient;
  }

  const tasksOf = async (client: ApiClient, patientId: string): Promise<TaskView[]> =>
    (await client.get(`/api/patients/${patientId}/outreach-tasks`).expect(200)).body;

  it('opens a task for the nurse with the fewest open tasks as not_started appears, and closes it with the injection', async () => {
    const { team, members } = await teamWith([['prescriber'], ['nurse'], ['nurse'], ['team_lead']]);
    const [prescriber, nurseA, nurseB] = members as [ApiClient, ApiClient, ApiClient];
    const [first, second] = [nurseA.clinician.id, nurseB.clinician.id].sort();

    const patient = await startedDaysAgo(team, prescriber, 8);
    const [task] = await tasksOf(prescriber, patient.id);
    expect(task).toMatchObject({
      reason: 'not_started',
      status: 'open',
      assignee: { id: first },
      openedBy: null,
      openedOn: TEST_TODAY,
      dueOn: daysFromToday(1),
    });
    // The other nurse now has fewer open tasks.
    const next = await startedDaysAgo(team, prescriber, 9);
    expect((await tasksOf(prescriber, next.id)).map((x) => x.assignee.id)).toEqual([second]);
    // A start too recent to flag opens nothing.
    expect(await tasksOf(prescriber, (await startedDaysAgo(team, prescriber, 3)).id)).toEqual([]);

    const injection = await nurseA
      .post(`/api/patients/${patient.id}/medication-events`)
      .send({ kind: 'administered', formulation: 'xr_injection', occurredOn: TEST_TODAY })
      .expect(201);
    const [closed] = await tasksOf(prescriber, patient.id);
    expect(closed).toMatchObject({
      id: task?.id,
      status: 'done',
      resolution: 'flag_cleared',
      resolvedBy: null,
      resolvedOn: TEST_TODAY,
      clearedBy: { kind: 'medication_event', id: injection.body.id },
    });
  });

  it("falls back to the team's lead without a nurse, and opens nothing without either", async () => {
    const { team, members } = await teamWith([['prescriber'], ['team_lead']]);
    const [prescriber, lead] = members as [ApiClient, ApiClient];
    const patient = await startedDaysAgo(team, prescriber, 8);
    expect((await tasksOf(prescriber, patient.id)).map((x) => x.assignee.id)).toEqual([lead.clinician.id]);

    const lonely = await teamWith([['prescriber']]);
    const alone = await startedDaysAgo(lonely.team, lonely.members[0] as ApiClient, 8);
    expect(await tasksOf(lonely.members[0] as ApiClient, alone.id)).toEqual([]);
  });

  it("follows the team's rules: the lead turns a flag off (a nurse may not), and its task is not opened", async () => {
    const { team, members } = await teamWith([['prescriber'], ['nurse'], ['team_lead']]);
    const [prescriber, nurse, lead] = members as [ApiClient, ApiClient, ApiClient];

    const rules = await nurse.get(`/api/care-teams/${team}/outreach-rules`).expect(200);
    expect(rules.body).toHaveLength(10);
    expect(rules.body).toContainEqual({ flag: 'not_started', enabled: true, assigneeRole: 'nurse', dueInDays: 1 });
    expect(rules.body).toContainEqual({ flag: 'craving_high', enabled: false, assigneeRole: 'nurse', dueInDays: 1 });

    const off = { rules: [{ flag: 'not_started', enabled: false, assigneeRole: 'nurse', dueInDays: 2 }] };
    const refused = await nurse.put(`/api/care-teams/${team}/outreach-rules`).send(off).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const stranger = await t.as(['team_lead'], [(await newCareTeam(t.dataSource)).id]);
    await stranger.put(`/api/care-teams/${team}/outreach-rules`).send(off).expect(404);
    const bad = await lead
      .put(`/api/care-teams/${team}/outreach-rules`)
      .send({ rules: [{ flag: 'not_started', enabled: false, assigneeRole: 'admin', dueInDays: 40 }] })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'rules.0.assigneeRole',
      'rules.0.dueInDays',
    ]);

    const saved = await lead.put(`/api/care-teams/${team}/outreach-rules`).send(off).expect(200);
    expect(saved.body).toContainEqual(off.rules[0]);
    expect(saved.body).toContainEqual({
      flag: 'injection_overdue',
      enabled: true,
      assigneeRole: 'nurse',
      dueInDays: 1,
    });

    const patient = await startedDaysAgo(team, prescriber, 8);
    const summary = await prescriber.get(`/api/patients/${patient.id}`).expect(200);
    expect(summary.body.metrics.flags).toContain('not_started');
    expect(await tasksOf(prescriber, patient.id)).toEqual([]);

    // An admin may change any team's rules.
    const admin = await t.as(['admin']);
    const on = { rules: [{ flag: 'not_started', enabled: true, assigneeRole: 'nurse', dueInDays: 1 }] };
    await admin.put(`/api/care-teams/${team}/outreach-rules`).send(on).expect(200);
    expect((await request(t.server).get(`/api/care-teams/${team}/outreach-rules`)).status).toBe(401);
  });

  it('opens the same tasks when the daily refresh finds a flag that appeared with the calendar', async () => {
    const { team, members } = await teamWith([['nurse']]);
    const nurse = members[0] as ApiClient;
    const patient = await newPatient(t.dataSource, { careTeamId: team, diagnoses: ['AUD'], status: 'active' });
    // Written straight to the table: the flag appears at the refresh, not at a write.
    await t.dataSource
      .getRepository(NaltrexoneStart)
      .save({ patientId: patient.id, formulation: 'xr_injection', doseMg: 380, startedOn: daysFromToday(-10) });
    await t.dataSource.query(`UPDATE patient_summary SET as_of = $2, flags = '{}' WHERE patient_id = $1`, [
      patient.id,
      daysFromToday(-1),
    ]);
    await t.app.get(PatientSummaryService).refreshStale();
    expect((await tasksOf(nurse, patient.id)).map((x) => [x.reason, x.assignee.id])).toEqual([
      ['not_started', nurse.clinician.id],
    ]);
  });

  it('opens no task for a flag the team acknowledged through today, and one once the acknowledgement ended', async () => {
    const { team, members } = await teamWith([['nurse']]);
    const nurse = members[0] as ApiClient;
    const flaggedAtRefresh = async (acknowledgedUntil: string) => {
      const patient = await newPatient(t.dataSource, { careTeamId: team, diagnoses: ['AUD'], status: 'active' });
      await t.dataSource
        .getRepository(NaltrexoneStart)
        .save({ patientId: patient.id, formulation: 'xr_injection', doseMg: 380, startedOn: daysFromToday(-10) });
      await t.dataSource.query(`UPDATE patient_summary SET as_of = $2, flags = '{}' WHERE patient_id = $1`, [
        patient.id,
        daysFromToday(-1),
      ]);
      await t.dataSource.query(
        `INSERT INTO flag_acknowledgement (patient_id, flag, reason, until_on, acknowledged_by)
         VALUES ($1, 'not_started', 'In hospital', $2, $3)`,
        [patient.id, acknowledgedUntil, nurse.clinician.id],
      );
      return patient;
    };
    const inForce = await flaggedAtRefresh(TEST_TODAY);
    const ended = await flaggedAtRefresh(daysFromToday(-1));
    await t.app.get(PatientSummaryService).refreshStale();

    expect((await nurse.get(`/api/patients/${inForce.id}`).expect(200)).body.metrics.flags).toContain('not_started');
    expect(await tasksOf(nurse, inForce.id)).toEqual([]);
    expect((await tasksOf(nurse, ended.id)).map((x) => x.reason)).toEqual(['not_started']);
  });

  it("hands a moved patient's tasks to the new team: those held outside it close as transferred, its rules open its own", async () => {
    const from = await teamWith([['prescriber'], ['nurse']]);
    const [prescriber, oldNurse] = from.members as [ApiClient, ApiClient];
    const to = await teamWith([['nurse']]);
    const newNurse = to.members[0] as ApiClient;
    // The prescriber is in both teams, so may move the patient.
    await addMemberships(t.dataSource, prescriber.clinician.id, [to.team]);
    const patient = await startedDaysAgo(from.team, prescriber, 8);
    const [left] = await tasksOf(prescriber, patient.id);
    expect(left?.assignee.id).toBe(oldNurse.clinician.id);

    await prescriber.patch(`/api/patients/${patient.id}`).send({ careTeamId: to.team }).expect(200);
    const tasks = await tasksOf(newNurse, patient.id);
    expect(tasks.map((x) => [x.id === left?.id, x.reason, x.status, x.resolution, x.assignee.id])).toEqual([
      [false, 'not_started', 'open', null, newNurse.clinician.id],
      [true, 'not_started', 'done', 'transferred', oldNurse.clinician.id],
    ]);
  });

  it('keeps one open task per reason when the flag appears while a task for it is open', async () => {
    const { team, members } = await teamWith([['prescriber'], ['nurse']]);
    const [prescriber, nurse] = members as [ApiClient, ApiClient];
    await addMemberships(t.dataSource, t.api.clinician.id, [team]);
    const patient = await newPatient(t.dataSource, { careTeamId: team, diagnoses: ['AUD'], status: 'referred' });
    await t.api
      .post(`/api/patients/${patient.id}/outreach-tasks`)
      .send({ reason: 'not_started', assigneeId: nurse.clinician.id, dueOn: daysFromToday(4) })
      .expect(201);
    await prescriber
      .post(`/api/patients/${patient.id}/naltrexone-starts`)
      .send({ formulation: 'xr_injection', doseMg: 380, startedOn: daysFromToday(-8) })
      .expect(201);
    const tasks = await tasksOf(prescriber, patient.id);
    expect(tasks.map((x) => [x.reason, x.dueOn])).toEqual([['not_started', daysFromToday(4)]]);
  });
});
