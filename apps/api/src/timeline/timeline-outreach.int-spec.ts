import { createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';
import { CaseReviewItem } from '../case-review/case-review-item.entity.js';

interface Item {
  type: string;
  id: string;
  on: string;
  details: Record<string, unknown>;
}

/** The timeline shows a task's life (opened, each attempt, resolved), acknowledgements and case review. */
describe('GET /api/patients/:id/timeline, outreach', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('shows the task, its attempts and its resolution, a flag acknowledgement and a case review decision', async () => {
    const patient = await t.newPatient();
    const me = { id: t.api.clinician.id, displayName: t.api.clinician.displayName };
    const task = await t.api
      .post(`/api/patients/${patient.id}/outreach-tasks`)
      .send({ reason: 'other', assigneeId: me.id, dueOn: daysFromToday(2), note: 'Check in' })
      .expect(201);
    await t.api
      .post(`/api/outreach-tasks/${task.body.id}/attempts`)
      .send({ channel: 'phone', outcome: 'reached', note: 'Spoke to patient' })
      .expect(201);
    await t.api
      .post(`/api/outreach-tasks/${task.body.id}/resolve`)
      .send({ resolution: 'rescheduled', note: 'Booked for Monday' })
      .expect(200);
    const acknowledgement = await t.api
      .post(`/api/patients/${patient.id}/flag-acknowledgements`)
      .send({ flag: 'craving_high', reason: 'Known, in care plan', untilOn: daysFromToday(7) })
      .expect(201);
    const review = await t.dataSource.getRepository(CaseReviewItem).save({
      patientId: patient.id,
      careTeamId: patient.careTeamId,
      kind: 'outreach_stalled',
      reviewOn: TEST_TODAY,
      decisionNote: 'Home visit',
      discussedBy: me.id,
    });

    const page = await t.api.get(`/api/patients/${patient.id}/timeline`).expect(200);
    const items = page.body.items as Item[];
    expect(items.map((item) => item.type)).toEqual([
      'case_review_item',
      'flag_acknowledgement',
      'outreach_task_resolved',
      'outreach_attempt',
      'outreach_task_opened',
    ]);
    const byType = new Map(items.map((item) => [item.type, item]));
    expect(byType.get('outreach_task_opened')).toMatchObject({
      id: task.body.id,
      on: TEST_TODAY,
      details: {
        taskId: task.body.id,
        reason: 'other',
        assignee: me,
        dueOn: daysFromToday(2),
        note: 'Check in',
        openedBy: me,
      },
    });
    expect(byType.get('outreach_attempt')?.details).toMatchObject({
      taskId: task.body.id,
      channel: 'phone',
      outcome: 'reached',
      note: 'Spoke to patient',
      nextAttemptOn: null,
      attemptedBy: me,
    });
    expect(byType.get('outreach_task_resolved')).toMatchObject({
      id: task.body.id,
      on: TEST_TODAY,
      details: { resolution: 'rescheduled', note: 'Booked for Monday', resolvedBy: me, clearedBy: null },
    });
    expect(byType.get('flag_acknowledgement')).toMatchObject({
      id: acknowledgement.body.id,
      details: { flag: 'craving_high', reason: 'Known, in care plan', untilOn: daysFromToday(7), acknowledgedBy: me },
    });
    expect(byType.get('case_review_item')).toMatchObject({
      id: review.id,
      on: TEST_TODAY,
      details: { kind: 'outreach_stalled', decisionNote: 'Home visit', discussedBy: me },
    });

    // Paging one at a time walks the same events in the same order.
    const walked: string[] = [];
    let before: string | undefined;
    do {
      const next = await t.api
        .get(`/api/patients/${patient.id}/timeline`)
        .query(before ? { limit: 1, before } : { limit: 1 })
        .expect(200);
      walked.push(...(next.body.items as Item[]).map((item) => item.type));
      before = next.body.nextBefore ?? undefined;
    } while (before);
    expect(walked).toEqual(items.map((item) => item.type));
  });
});
