import { fieldsOf } from '../../test/field-errors.js';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';
import { AuditService } from '../audit/audit.service.js';

const MISSING_ID = '6c1ce0c6-7a9e-4d38-8a43-9a3e1d53e7c8';

interface TaskView {
  id: string;
  status: string;
  reason: string;
  dueOn: string;
  overdue: boolean;
  assignee: { id: string; displayName: string };
  attempts: { channel: string; outcome: string }[];
}

describe('outreach tasks by hand', () => {
  let t: TestApp;
  let team: string;
  let nurse: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    team = (await t.newCareTeam()).id;
    nurse = await t.as(['nurse'], [team]);
  });

  afterAll(() => t.close());

  const open = (patientId: string, body: object) => t.api.post(`/api/patients/${patientId}/outreach-tasks`).send(body);

  it('opens, lists, records attempts on, reassigns and resolves a task, and audits each step', async () => {
    const patient = await t.newPatient({ careTeamId: team, familyName: 'Reyes', givenName: 'Ana' });
    const created = await open(patient.id, {
      reason: 'other',
      assigneeId: nurse.clinician.id,
      dueOn: TEST_TODAY,
      note: 'Ask about transport',
    }).expect(201);
    expect(created.body).toMatchObject({
      patientId: patient.id,
      patientName: 'Reyes, Ana',
      mrn: patient.mrn,
      careTeamId: team,
      reason: 'other',
      status: 'open',
      assignee: { id: nurse.clinician.id, displayName: nurse.clinician.displayName },
      dueOn: TEST_TODAY,
      overdue: false,
      note: 'Ask about transport',
      openedBy: { id: t.api.clinician.id, displayName: t.api.clinician.displayName },
      openedOn: TEST_TODAY,
      resolution: null,
      resolvedBy: null,
      clearedBy: null,
      attempts: [],
    });
    const taskId: string = created.body.id;

    await nurse
      .post(`/api/outreach-tasks/${taskId}/attempts`)
      .send({ channel: 'phone', outcome: 'no_answer', nextAttemptOn: daysFromToday(1) })
      .expect(201);
    const second = await nurse
      .post(`/api/outreach-tasks/${taskId}/attempts`)
      .send({ channel: 'text', outcome: 'left_message', note: 'Sent the clinic number' })
      .expect(201);
    expect((second.body as TaskView).attempts.map((a) => [a.channel, a.outcome])).toEqual([
      ['phone', 'no_answer'],
      ['text', 'left_message'],
    ]);
    expect(second.body.attempts[0]).toMatchObject({
      nextAttemptOn: daysFromToday(1),
      attemptedBy: { id: nurse.clinician.id },
      attemptedOn: TEST_TODAY,
    });

    const lead = await t.as(['team_lead'], [team]);
    const reassigned = await nurse
      .post(`/api/outreach-tasks/${taskId}/reassign`)
      .send({ assigneeId: lead.clinician.id, dueOn: daysFromToday(3) })
      .expect(200);
    expect(reassigned.body).toMatchObject({ assignee: { id: lead.clinician.id }, dueOn: daysFromToday(3) });

    const mine = await lead.get('/api/outreach-tasks').query({ assignee: 'me', status: 'open' }).expect(200);
    expect((mine.body.items as TaskView[]).map((task) => task.id)).toEqual([taskId]);

    const resolved = await lead
      .post(`/api/outreach-tasks/${taskId}/resolve`)
      .send({ resolution: 're_engaged', note: 'Coming Thursday' })
      .expect(200);
    expect(resolved.body).toMatchObject({
      status: 'done',
      resolution: 're_engaged',
      resolutionNote: 'Coming Thursday',
      resolvedBy: { id: lead.clinician.id },
      resolvedOn: TEST_TODAY,
      overdue: false,
    });
    const again = await lead.post(`/api/outreach-tasks/${taskId}/resolve`).send({ resolution: 'other' }).expect(409);
    expect(again.body.code).toBe('OUTREACH_TASK_NOT_OPEN');
    await nurse
      .post(`/api/outreach-tasks/${taskId}/attempts`)
      .send({ channel: 'phone', outcome: 'reached' })
      .expect(409);

    const listed = await t.api.get(`/api/patients/${patient.id}/outreach-tasks`).expect(200);
    expect((listed.body as TaskView[]).map((task) => [task.id, task.status])).toEqual([[taskId, 'done']]);

    await t.app.get(AuditService).settled();
    const audited: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE patient_id = $1 AND outcome = 'success' ORDER BY seq`,
      [patient.id],
    );
    expect(audited.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'POST /api/patients/:id/outreach-tasks',
        'POST /api/outreach-tasks/:id/attempts',
        'POST /api/outreach-tasks/:id/reassign',
        'POST /api/outreach-tasks/:id/resolve',
        'GET /api/patients/:id/outreach-tasks',
      ]),
    );
  });

  it('lists open tasks first by due day, then done ones, and pages the team list by due day', async () => {
    const patient = await t.newPatient({ careTeamId: team });
    const later = await open(patient.id, { reason: 'other', assigneeId: nurse.clinician.id, dueOn: daysFromToday(5) });
    const sooner = await open(patient.id, {
      reason: 'craving_high',
      assigneeId: nurse.clinician.id,
      dueOn: daysFromToday(1),
    }).expect(201);
    const done = await open(patient.id, {
      reason: 'positive_screen',
      assigneeId: nurse.clinician.id,
      dueOn: TEST_TODAY,
    });
    await nurse.post(`/api/outreach-tasks/${done.body.id}/resolve`).send({ resolution: 'transferred' }).expect(200);

    const listed = await t.api.get(`/api/patients/${patient.id}/outreach-tasks`).expect(200);
    expect((listed.body as TaskView[]).map((task) => task.id)).toEqual([sooner.body.id, later.body.id, done.body.id]);

    const first = await nurse.get('/api/outreach-tasks').query({ careTeamId: team, status: 'open', limit: 1 });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const seen: string[] = (first.body.items as TaskView[]).map((task) => task.id);
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const next = await nurse.get('/api/outreach-tasks').query({ careTeamId: team, status: 'open', limit: 1, cursor });
      expect(next.status).toBe(200);
      seen.push(...(next.body.items as TaskView[]).map((task) => task.id));
      cursor = next.body.nextCursor;
    }
    expect(seen).toContain(sooner.body.id);
    expect(seen.indexOf(sooner.body.id)).toBeLessThan(seen.indexOf(later.body.id));
    expect(seen).not.toContain(done.body.id);

    const dueSoon = await nurse.get('/api/outreach-tasks').query({ careTeamId: team, dueBefore: daysFromToday(2) });
    expect((dueSoon.body.items as TaskView[]).map((task) => task.id)).toContain(sooner.body.id);
    expect((dueSoon.body.items as TaskView[]).map((task) => task.id)).not.toContain(later.body.id);
    await nurse.get('/api/outreach-tasks').query({ cursor: 'not-a-cursor' }).expect(400);
  });

  it('refuses a second open task for a reason, an assignee outside the team, a past due day and a bad channel', async () => {
    const patient = await t.newPatient({ careTeamId: team });
    await open(patient.id, { reason: 'missed_sessions', assigneeId: nurse.clinician.id, dueOn: TEST_TODAY }).expect(
      201,
    );
    const duplicate = await open(patient.id, {
      reason: 'missed_sessions',
      assigneeId: nurse.clinician.id,
      dueOn: daysFromToday(2),
    }).expect(409);
    expect(duplicate.body.code).toBe('OUTREACH_TASK_ALREADY_OPEN');

    const outsider = await t.as(['nurse'], [(await t.newCareTeam()).id]);
    const inactive = await t.as(['nurse'], [team]);
    await t.dataSource.query('UPDATE clinician SET active = false WHERE id = $1', [inactive.clinician.id]);
    for (const assigneeId of [outsider.clinician.id, inactive.clinician.id, MISSING_ID]) {
      const refused = await open(patient.id, { reason: 'other', assigneeId, dueOn: TEST_TODAY }).expect(400);
      expect(fieldsOf(refused.body)).toEqual(['assigneeId']);
    }
    const past = await open(patient.id, { reason: 'other', assigneeId: nurse.clinician.id, dueOn: daysFromToday(-1) });
    expect(past.status).toBe(400);
    expect(fieldsOf(past.body)).toEqual(['dueOn']);
    const badReason = await open(patient.id, { reason: 'bored', assigneeId: nurse.clinician.id, dueOn: TEST_TODAY });
    expect(fieldsOf(badReason.body)).toEqual(['reason']);

    const task = await open(patient.id, { reason: 'other', assigneeId: nurse.clinician.id, dueOn: TEST_TODAY });
    const badChannel = await nurse
      .post(`/api/outreach-tasks/${task.body.id}/attempts`)
      .send({ channel: 'pigeon', outcome: 'reached' })
      .expect(400);
    expect(fieldsOf(badChannel.body)).toEqual(['channel']);
    const badResolution = await nurse
      .post(`/api/outreach-tasks/${task.body.id}/resolve`)
      .send({ resolution: 'flag_cleared' })
      .expect(400);
    expect(fieldsOf(badResolution.body)).toEqual(['resolution']);
    const badReassign = await nurse
      .post(`/api/outreach-tasks/${task.body.id}/reassign`)
      .send({ assigneeId: outsider.clinician.id })
      .expect(400);
    expect(fieldsOf(badReassign.body)).toEqual(['assigneeId']);
  });

  it("answers 404 to another team's clinician, 403 to non-clinical roles and to break-glass writes", async () => {
    const patient = await t.newPatient({ careTeamId: team });
    const task = await open(patient.id, { reason: 'other', assigneeId: nurse.clinician.id, dueOn: TEST_TODAY });
    const otherTeam = (await t.newCareTeam()).id;
    const stranger = await t.as(['nurse'], [otherTeam]);
    await stranger.get(`/api/patients/${patient.id}/outreach-tasks`).expect(404);
    await stranger
      .post(`/api/patients/${patient.id}/outreach-tasks`)
      .send({ reason: 'other', assigneeId: nurse.clinician.id, dueOn: TEST_TODAY })
      .expect(404);
    await stranger
      .post(`/api/outreach-tasks/${task.body.id}/attempts`)
      .send({ channel: 'phone', outcome: 'reached' })
      .expect(404);
    await stranger.post(`/api/outreach-tasks/${MISSING_ID}/resolve`).send({ resolution: 'other' }).expect(404);
    const strangers = await stranger.get('/api/outreach-tasks').expect(200);
    expect((strangers.body.items as TaskView[]).map((item) => item.id)).not.toContain(task.body.id);

    const auditor = await t.as(['auditor'], [team]);
    await auditor.get(`/api/patients/${patient.id}/outreach-tasks`).expect(403);
    await auditor.get('/api/outreach-tasks').expect(403);

    const reader = await t.as(['nurse'], [otherTeam]);
    await reader
      .post(`/api/patients/${patient.id}/break-glass`)
      .send({ reason: 'Emergency: patient seen in our ward' })
      .expect(201);
    await reader.get(`/api/patients/${patient.id}/outreach-tasks`).expect(200);
    const write = await reader
      .post(`/api/patients/${patient.id}/outreach-tasks`)
      .send({ reason: 'other', assigneeId: nurse.clinician.id, dueOn: TEST_TODAY })
      .expect(403);
    expect(write.body.code).toBe('BREAK_GLASS_READ_ONLY');
    const attempt = await reader
      .post(`/api/outreach-tasks/${task.body.id}/attempts`)
      .send({ channel: 'phone', outcome: 'reached' })
      .expect(403);
    expect(attempt.body.code).toBe('BREAK_GLASS_READ_ONLY');
    const resolve = await reader.post(`/api/outreach-tasks/${task.body.id}/resolve`).send({ resolution: 'other' });
    expect([resolve.status, resolve.body.code]).toEqual([403, 'BREAK_GLASS_READ_ONLY']);
  });
});
