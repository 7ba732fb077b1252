import type { TodayView } from '../../api/today';

const robin = { patientId: 'p1', name: 'Example, Robin', mrn: 'MRN-004217' };
const sam = { patientId: 'p2', name: 'Sample, Sam', mrn: 'MRN-000318' };

/**
 * A prescriber and lead's day with one line in every section (injections capped, as the API sends a
 * list's first lines only; the stopped past counting, as the API counts up to countLimit).
 */
export const BUSY_DAY: TodayView = {
  today: '2026-06-17',
  countLimit: 100,
  counts: {
    suicideRisk: 1,
    injectionsDue: 73,
    sessionsToday: 1,
    noShowsYesterday: 1,
    newSignals: 1,
    notStarted: 1,
    stoppedWithoutApproval: 100,
    approvals: 1,
    outreachTasks: 2,
  },
  suicideRisk: [
    { ...sam, careTeamId: 't1', on: '2026-06-16', detail: 'PHQ-9 item 9 answered 2; no safety assessment since' },
  ],
  injectionsDue: [{ ...robin, careTeamId: 't1', on: '2026-06-10', detail: 'Overdue by 7 days' }],
  sessionsToday: [{ ...sam, sessionId: 's1', scheduledAt: '2026-06-17T14:00:00Z', status: 'scheduled' }],
  noShowsYesterday: [{ ...robin, sessionId: 's2', scheduledAt: '2026-06-16T19:30:00Z', status: 'no_show' }],
  newSignals: [{ ...sam, kind: 'positive_screen', observedOn: '2026-06-15', detail: 'Fentanyl positive' }],
  notStarted: [{ ...sam, careTeamId: 't1', on: '2026-05-20', detail: 'Referred 28 days ago' }],
  stoppedWithoutApproval: [{ ...robin, careTeamId: 't1', on: '2026-06-01', detail: 'Stopped 16 days ago' }],
  approvals: [{ ...robin, requestId: 'r1', kind: 'taper', proposedOn: '2026-06-16', proposedBy: 'Dr. Lee Park' }],
  outreachTasks: [
    {
      ...robin,
      taskId: 'o1',
      reason: 'injection_overdue',
      dueOn: '2026-06-15',
      overdue: true,
      attempts: 2,
      lastOutcome: 'no_answer',
    },
    {
      ...sam,
      taskId: 'o2',
      reason: 'not_started',
      dueOn: '2026-06-18',
      overdue: false,
      attempts: 0,
      lastOutcome: null,
    },
  ],
};

export const QUIET_DAY: TodayView = {
  today: '2026-06-17',
  countLimit: 100,
  counts: {
    suicideRisk: 0,
    injectionsDue: 0,
    sessionsToday: 0,
    noShowsYesterday: 0,
    newSignals: 0,
    notStarted: 0,
    stoppedWithoutApproval: 0,
    approvals: 0,
    outreachTasks: 0,
  },
  suicideRisk: [],
  injectionsDue: [],
  sessionsToday: [],
  noShowsYesterday: [],
  newSignals: [],
  notStarted: [],
  stoppedWithoutApproval: [],
  approvals: [],
  outreachTasks: [],
};

export const TEAMS = [
  { id: 't1', code: 'north', name: 'North Clinic', patientCount: 1240, activeCount: 87 },
  { id: 't2', code: 'south', name: 'South Clinic', patientCount: 12, activeCount: 0 },
];
