import { addDays } from '@naltrack/domain';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { hoursFromNow, TEST_TODAY } from '../../test/test-clock.js';
import { TODAY_LIST_LIMIT } from './today-statement.js';

interface Line {
  patientId: string;
  kind?: string;
}
type TodayLists = Record<string, Line[]> & { counts: Record<string, number> };

const LISTS = [
  'injectionsDue',
  'sessionsToday',
  'noShowsYesterday',
  'newSignals',
  'notStarted',
  'stoppedWithoutApproval',
  'approvals',
  'outreachTasks',
];

/** GET /api/today: each kind of line for the roles it is for, over the caller's teams only. */
describe('GET /api/today', () => {
  let t: TestApp;
  const daysAgo = (n: number) => addDays(TEST_TODAY, -n);
  let prescriber: ApiClient;
  let nurse: ApiClient;
  let therapist: ApiClient;
  let lead: ApiClient;
  let leadOfBoth: ApiClient;
  let prescriberOfBoth: ApiClient;
  const ids: Record<string, string> = {};

  const post = async (url: string, body: object) => {
    const response = await t.api.post(url).send(body);
    if (response.status !== 201) throw new Error(`${url}: ${JSON.stringify(response.body)}`);
    return response;
  };
  const todayOf = async (client: ApiClient) => (await client.get('/api/today').expect(200)).body as TodayLists;
  const patientsIn = (view: TodayLists, list: string) => view[list]?.map((line) => line.patientId) ?? [];

  beforeAll(async () => {
    t = await createTestApp();
    const team = (await t.newCareTeam()).id;
    const other = (await t.newCareTeam()).id;
    [prescriber, nurse, therapist, lead] = await Promise.all([
      t.as(['prescriber'], [team]),
      t.as(['nurse'], [team]),
      t.as(['therapist'], [team]),
      t.as(['team_lead'], [team]),
    ]);
    const patient = async (careTeamId: string) =>
      (await t.newPatient({ careTeamId, diagnoses: ['AUD'], status: 'referred' })).id;

    // An XR injection 30 days ago: due 2 days ago, so late; in the other team, 4 days late.
    for (const [name, careTeamId, injectedDaysAgo] of [
      ['late', team, 30],
      ['otherLate', other, 32],
    ] as const) {
      const id = await patient(careTeamId);
      ids[name] = id;
      await post(`/api/patients/${id}/naltrexone-starts`, {
        formulation: 'xr_injection',
        doseMg: 380,
        startedOn: daysAgo(31),
      });
      await post(`/api/patients/${id}/medication-events`, {
        kind: 'administered',
        formulation: 'xr_injection',
        occurredOn: daysAgo(injectedDaysAgo),
        doseMg: 380,
      });
    }
    // Started 10 days ago, nothing since.
    ids.notStarted = await patient(team);
    await post(`/api/patients/${ids.notStarted}/naltrexone-starts`, {
      formulation: 'xr_injection',
      doseMg: 380,
      startedOn: daysAgo(10),
    });
    // Oral, a week's supply 40 days ago and nothing since.
    ids.stopped = await patient(team);
    // Oral starts need liver tests first: the start is stored as it stands.
    await t.dataSource.query(
      `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
      [ids.stopped, daysAgo(41)],
    );
    await t.api.patch(`/api/patients/${ids.stopped}`).send({ status: 'active' }).expect(200);
    await post(`/api/patients/${ids.stopped}/medication-events`, {
      kind: 'dispensed',
      formulation: 'oral',
      occurredOn: daysAgo(40),
      daysSupply: 7,
      doseMg: 50,
    });

    // Sessions: the therapist's today, a colleague's today, the therapist's no-show yesterday.
    ids.session = await patient(team);
    const session = (scheduledAt: string, clinicianId: string) =>
      post(`/api/patients/${ids.session}/therapy-sessions`, { scheduledAt, type: 'individual', clinicianId });
    // An hour ago and in 20 minutes: both on the clinic's day whatever its hour (the calendar runs
    // start at 01:30 and 23:30).
    const mine = await session(hoursFromNow(-1), therapist.clinician.id);
    const colleagues = await session(hoursFromNow(1 / 3), lead.clinician.id);
    const missed = await session(hoursFromNow(-24), therapist.clinician.id);
    ids.mySession = mine.body.id;
    ids.colleagueSession = colleagues.body.id;
    await t.api.patch(`/api/therapy-sessions/${missed.body.id}`).send({ status: 'no_show' }).expect(200);

    // A positive screen after the last visit; others before a later visit (a session attended, a
    // tablet given in clinic); a high PACS.
    ids.signal = await patient(team);
    ids.seen = await patient(team);
    ids.dosed = await patient(team);
    for (const id of [ids.signal, ids.seen, ids.dosed]) {
      await post(`/api/patients/${id}/observations`, {
        kind: 'uds',
        observedOn: daysAgo(3),
        results: { cocaine: 'positive', fentanyl: 'negative' },
      });
    }
    const visit = await post(`/api/patients/${ids.seen}/therapy-sessions`, {
      scheduledAt: hoursFromNow(-24),
      type: 'individual',
    });
    await t.api.patch(`/api/therapy-sessions/${visit.body.id}`).send({ status: 'attended' }).expect(200);
    await post(`/api/patients/${ids.dosed}/medication-events`, {
      kind: 'administered',
      formulation: 'oral',
      occurredOn: daysAgo(1),
      doseMg: 50,
    });
    ids.craving = await patient(team);
    await post(`/api/patients/${ids.craving}/observations`, {
      kind: 'pacs',
      observedOn: daysAgo(2),
      items: [4, 4, 4, 4, 4],
    });

    // A stop a nurse proposes for a patient on oral naltrexone for 200 days.
    const proposedStop = async (careTeamId: string, proposer: ApiClient) => {
      const id = await patient(careTeamId);
      await t.dataSource.query(
        `INSERT INTO naltrexone_start (patient_id, formulation, dose_mg, started_on) VALUES ($1, 'oral', 50, $2)`,
        [id, daysAgo(200)],
      );
      await proposer
        .post(`/api/patients/${id}/discontinuation-requests`)
        .send({
          kind: 'stop',
          reasonCode: 'clinical_stability',
          reason: 'Stable and wishes to stop.',
          effectiveOn: addDays(TEST_TODAY, 14),
        })
        .expect(201);
      return id;
    };
    // The prescriber and therapist decide, not the nurse who proposed; this team needs no lead.
    ids.request = await proposedStop(team, nurse);
    // A team whose requests need its lead too: a lead of both teams decides that one only.
    const leadTeam = (await t.newCareTeam({ requireLeadApproval: true })).id;
    leadOfBoth = await t.as(['team_lead'], [team, leadTeam]);
    prescriberOfBoth = await t.as(['prescriber'], [team, other]);
    ids.leadRequest = await proposedStop(leadTeam, await t.as(['nurse'], [leadTeam]));

    // Tasks for the nurse: one overdue, one due later, and one of a patient of another team.
    const task = (patientId: string | undefined, reason: string, dueOn: string) =>
      t.dataSource.query(
        `INSERT INTO outreach_task (patient_id, reason, assignee_id, due_on, opened_on) VALUES ($1, $2, $3, $4, $5)`,
        [patientId, reason, nurse.clinician.id, dueOn, daysAgo(5)],
      );
    await task(ids.late, 'other', daysAgo(1));
    await task(ids.signal, 'other', addDays(TEST_TODAY, 3));
    await task(ids.otherLate, 'other', daysAgo(2));
  });

  afterAll(() => t.close());

  it('gives prescribers and nurses injections, not started and stopped, of their own teams', async () => {
    for (const client of [prescriber, nurse]) {
      const view = await todayOf(client);
      expect(view.today).toBe(TEST_TODAY);
      expect(patientsIn(view, 'injectionsDue')).toEqual([ids.late]);
      expect(view.injectionsDue?.[0]).toMatchObject({ on: daysAgo(2), detail: '2 days late' });
      expect(patientsIn(view, 'notStarted')).toEqual([ids.notStarted]);
      expect(patientsIn(view, 'stoppedWithoutApproval')).toEqual([ids.stopped]);
      expect(patientsIn(view, 'sessionsToday')).toEqual([]);
    }
    const view = await todayOf(therapist);
    expect(patientsIn(view, 'injectionsDue')).toEqual([]);
    expect(view.counts.injectionsDue).toBe(0);
  });

  it('merges the lines of every team of the caller in the order of the list', async () => {
    const view = await todayOf(prescriberOfBoth);
    expect(patientsIn(view, 'injectionsDue')).toEqual([ids.otherLate, ids.late]);
    expect(view.injectionsDue?.map((line) => (line as unknown as { detail: string }).detail)).toEqual([
      '4 days late',
      '2 days late',
    ]);
    expect(view.counts.injectionsDue).toBe(2);
  });

  it("gives a therapist their own sessions and no-shows, and a lead the team's", async () => {
    const mine = await todayOf(therapist);
    expect((mine.sessionsToday as unknown as { sessionId: string }[]).map((s) => s.sessionId)).toEqual([ids.mySession]);
    expect(patientsIn(mine, 'noShowsYesterday')).toEqual([ids.session]);
    const team = await todayOf(lead);
    expect((team.sessionsToday as unknown as { sessionId: string }[]).map((s) => s.sessionId)).toEqual([
      ids.mySession,
      ids.colleagueSession,
    ]);
    expect(patientsIn(await todayOf(prescriber), 'noShowsYesterday')).toEqual([]);
  });

  it('shows signals recorded after the last visit only', async () => {
    const view = await todayOf(prescriber);
    expect(view.newSignals).toEqual([
      expect.objectContaining({
        patientId: ids.craving,
        kind: 'craving_high',
        observedOn: daysAgo(2),
        detail: 'PACS 20',
      }),
      expect.objectContaining({ patientId: ids.signal, kind: 'positive_screen', detail: 'positive: cocaine' }),
    ]);
  });

  it('shows approvals to those who decide and tasks to their assignee', async () => {
    expect(patientsIn(await todayOf(prescriber), 'approvals')).toEqual([ids.request]);
    expect(patientsIn(await todayOf(therapist), 'approvals')).toEqual([ids.request]);
    const nurseView = await todayOf(nurse);
    expect(patientsIn(nurseView, 'approvals')).toEqual([]);
    const tasks = nurseView.outreachTasks as unknown as { patientId: string; overdue: boolean; reason: string }[];
    const handMade = tasks.filter((task) => task.reason === 'other');
    expect(handMade.map((task) => [task.patientId, task.overdue])).toEqual([
      [ids.late, true],
      [ids.signal, false],
    ]);
    expect(tasks.map((task) => task.patientId)).not.toContain(ids.otherLate);
    expect(patientsIn(await todayOf(prescriber), 'outreachTasks')).not.toContain(ids.late);
  });

  it('shows a lead only the requests that need a lead', async () => {
    expect(patientsIn(await todayOf(lead), 'approvals')).toEqual([]);
    expect(patientsIn(await todayOf(leadOfBoth), 'approvals')).toEqual([ids.leadRequest]);
  });

  it('shows the first lines of a long list, most overdue first, and counts them all', async () => {
    const busy = (await t.newCareTeam()).id;
    const nurseOfBusy = await t.as(['nurse'], [busy]);
    const overdue = TODAY_LIST_LIMIT + 3;
    const late: string[] = [];
    for (let i = 0; i < overdue; i++) {
      const id = (await t.newPatient({ careTeamId: busy, diagnoses: ['AUD'], status: 'referred' })).id;
      await post(`/api/patients/${id}/naltrexone-starts`, {
        formulation: 'xr_injection',
        doseMg: 380,
        startedOn: daysAgo(40 + i),
      });
      await post(`/api/patients/${id}/medication-events`, {
        kind: 'administered',
        formulation: 'xr_injection',
        occurredOn: daysAgo(40 + i),
        doseMg: 380,
      });
      late.unshift(id);
    }
    const view = await todayOf(nurseOfBusy);
    expect(view.counts.injectionsDue).toBe(overdue);
    expect(patientsIn(view, 'injectionsDue')).toEqual(late.slice(0, TODAY_LIST_LIMIT));
  });

  it('counts every list as long as it is', async () => {
    for (const client of [prescriber, nurse, therapist, lead, leadOfBoth, prescriberOfBoth]) {
      const view = await todayOf(client);
      for (const list of LISTS) expect([list, view.counts[list]]).toEqual([list, view[list]?.length]);
    }
  });
});
