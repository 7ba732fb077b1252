import { type CaseloadFlag, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { rebuildPatientSummary } from './rebuild-patient-summary.js';

interface Item {
  patientId: string;
  flags: CaseloadFlag[];
  outreach: { openTasks: number; nextDueOn: string | null; lastAttemptOn: string | null };
  acknowledgedFlags: { flag: CaseloadFlag; untilOn: string; reason: string }[];
}

/** The caseload's outreach columns: open tasks, acknowledged flags, and the `outreach=none` filter. */
describe('GET /api/caseload, outreach', () => {
  let t: TestApp;
  let team: string;

  /** A patient flagged not_started, with the team's rule for it off so no task opens by itself. */
  async function notStarted() {
    const patient = await t.newPatient({ careTeamId: team, diagnoses: ['AUD'], status: 'active' });
    await t.dataSource
      .getRepository(NaltrexoneStart)
      .save({ patientId: patient.id, formulation: 'xr_injection', doseMg: 380, startedOn: daysFromToday(-8) });
    await rebuildPatientSummary(t.dataSource.manager, patient.id, TEST_TODAY, DEFAULT_CLINICAL_SETTINGS);
    return patient;
  }

  const items = async (query: Record<string, string> = {}): Promise<Item[]> =>
    (
      await t.api
        .get('/api/caseload')
        .query({ careTeamId: team, ...query })
        .expect(200)
    ).body.items;
  const itemOf = async (patientId: string) => (await items()).find((item) => item.patientId === patientId);

  beforeAll(async () => {
    t = await createTestApp();
    team = (await t.newCareTeam()).id;
    await t.api
      .put(`/api/care-teams/${team}/outreach-rules`)
      .send({ rules: [{ flag: 'not_started', enabled: false, assigneeRole: 'nurse', dueInDays: 1 }] })
      .expect(200);
  });

  afterAll(() => t.close());

  it('shows open tasks, their next due day and the last attempt on each item', async () => {
    const patient = await notStarted();
    expect((await itemOf(patient.id))?.outreach).toEqual({ openTasks: 0, nextDueOn: null, lastAttemptOn: null });

    const assigneeId = t.api.clinician.id;
    const first = await t.api
      .post(`/api/patients/${patient.id}/outreach-tasks`)
      .send({ reason: 'not_started', assigneeId, dueOn: daysFromToday(3) })
      .expect(201);
    await t.api
      .post(`/api/patients/${patient.id}/outreach-tasks`)
      .send({ reason: 'other', assigneeId, dueOn: daysFromToday(1) })
      .expect(201);
    await t.api
      .post(`/api/outreach-tasks/${first.body.id}/attempts`)
      .send({ channel: 'phone', outcome: 'no_answer' })
      .expect(201);

    const item = await itemOf(patient.id);
    expect(item?.flags).toEqual(['not_started']);
    expect(item?.outreach).toEqual({ openTasks: 2, nextDueOn: daysFromToday(1), lastAttemptOn: TEST_TODAY });
    expect(item?.acknowledgedFlags).toEqual([]);
  });

  it('lists an acknowledgement on the item through its last day and not after', async () => {
    const patient = await notStarted();
    const created = await t.api
      .post(`/api/patients/${patient.id}/flag-acknowledgements`)
      .send({ flag: 'not_started', reason: 'In hospital until Friday', untilOn: TEST_TODAY })
      .expect(201);
    expect(created.body).toMatchObject({
      flag: 'not_started',
      reason: 'In hospital until Friday',
      untilOn: TEST_TODAY,
      acknowledgedBy: { id: t.api.clinician.id, displayName: t.api.clinician.displayName },
    });
    expect((await itemOf(patient.id))?.acknowledgedFlags).toEqual([
      { flag: 'not_started', untilOn: TEST_TODAY, reason: 'In hospital until Friday' },
    ]);
    const inForce = await t.api.get(`/api/patients/${patient.id}/flag-acknowledgements`).expect(200);
    expect(inForce.body.map((a: { id: string }) => a.id)).toEqual([created.body.id]);

    // The same acknowledgement a day older has run out.
    await t.dataSource.query('UPDATE flag_acknowledgement SET until_on = $2 WHERE id = $1', [
      created.body.id,
      daysFromToday(-1),
    ]);
    expect((await itemOf(patient.id))?.acknowledgedFlags).toEqual([]);
    expect((await t.api.get(`/api/patients/${patient.id}/flag-acknowledgements`).expect(200)).body).toEqual([]);

    const past = await t.api
      .post(`/api/patients/${patient.id}/flag-acknowledgements`)
      .send({ flag: 'not_started', reason: 'Too late', untilOn: daysFromToday(-1) })
      .expect(400);
    expect(past.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['untilOn']);
  });

  it('outreach=none returns flagged patients no one is reaching, not those with a task or every flag acknowledged', async () => {
    const waiting = await notStarted();
    const withTask = await notStarted();
    await t.api
      .post(`/api/patients/${withTask.id}/outreach-tasks`)
      .send({ reason: 'other', assigneeId: t.api.clinician.id, dueOn: TEST_TODAY })
      .expect(201);
    const acknowledged = await notStarted();
    await t.api
      .post(`/api/patients/${acknowledged.id}/flag-acknowledgements`)
      .send({ flag: 'not_started', reason: 'Moving clinic', untilOn: daysFromToday(5) })
      .expect(201);
    const unflagged = await t.newPatient({ careTeamId: team });

    const page = await t.api.get('/api/caseload').query({ careTeamId: team, outreach: 'none' }).expect(200);
    const ids = (page.body.items as Item[]).map((item) => item.patientId);
    expect(ids).toContain(waiting.id);
    expect(ids).not.toContain(withTask.id);
    expect(ids).not.toContain(acknowledged.id);
    expect(ids).not.toContain(unflagged.id);
    expect(page.body.total).toBe(ids.length);
    expect(page.body.counts.not_started).toBe(ids.length);

    await t.api.get('/api/caseload').query({ outreach: 'some' }).expect(400);
  });
});
