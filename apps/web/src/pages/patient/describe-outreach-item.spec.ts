import type { TimelineItem } from '../../api/patients';
import { describeTimelineItem } from './describe-timeline-item';

const item = (type: string, details: Record<string, unknown>) =>
  ({ type, id: 'x1', at: '2026-06-10T14:00:00Z', on: '2026-06-10', details }) as unknown as TimelineItem;
const nurse = { id: 'u4', displayName: 'Nurse Kim Lee' };
const SETTINGS = { cravingHighPacs: 15 };

describe('Outreach on the timeline', () => {
  it('describes a task the team’s rule opened', () => {
    expect(
      describeTimelineItem(
        item('outreach_task_opened', {
          reason: 'injection_overdue',
          assignee: nurse,
          dueOn: '2026-06-11',
          openedBy: null,
        }),
        SETTINGS,
      ),
    ).toEqual({
      title: 'Outreach task opened — Injection overdue',
      detail: "for Nurse Kim Lee · due Jun 11, 2026 · by the team's rule",
      alert: false,
    });
  });

  it('describes an attempt, and calls out a wrong number', () => {
    const text = describeTimelineItem(
      item('outreach_attempt', {
        channel: 'phone',
        outcome: 'wrong_number',
        attemptedBy: nurse,
        nextAttemptOn: null,
        note: 'Number disconnected',
      }),
      SETTINGS,
    );
    expect(text).toEqual({
      title: 'Outreach attempt — Phone: wrong number',
      detail: 'Nurse Kim Lee · Number disconnected',
      alert: true,
    });
  });

  it('describes a resolution, a flag acknowledgement and a case review discussion', () => {
    expect(
      describeTimelineItem(
        item('outreach_task_resolved', { reason: 'missed_sessions', resolution: 're_engaged', resolvedBy: nurse }),
        SETTINGS,
      ),
    ).toMatchObject({ title: 'Outreach task resolved — re-engaged', detail: 'Missed sessions · by Nurse Kim Lee' });
    expect(
      describeTimelineItem(
        item('outreach_task_resolved', {
          reason: 'injection_overdue',
          resolution: 'flag_cleared',
          resolvedBy: null,
          clearedBy: { kind: 'medication_event', id: 'm9' },
        }),
        SETTINGS,
      ),
    ).toMatchObject({
      title: 'Outreach task resolved — flag cleared',
      detail: 'Injection overdue · cleared by a medication event',
    });
    expect(
      describeTimelineItem(
        item('flag_acknowledgement', { flag: 'craving_high', untilOn: '2026-06-20', reason: 'Seen in clinic' }),
        SETTINGS,
      ),
    ).toMatchObject({ title: 'Flag acknowledged — High craving', detail: 'until Jun 20, 2026 · Seen in clinic' });
    expect(
      describeTimelineItem(
        item('case_review_item', { kind: 'outreach_stalled', decisionNote: 'Home visit', discussedBy: nurse }),
        SETTINGS,
      ),
    ).toMatchObject({ title: 'Discussed at case review — outreach stalled', detail: 'Home visit · by Nurse Kim Lee' });
  });
});
