import type { FlagAcknowledgement, OutreachTask } from '../../api/outreach';
import { PATIENT, PATIENT_ID } from './patient-fixtures';

/** Synthetic outreach for the test patient: one task the team's rule opened, overdue, with one attempt. */
export const NURSE = { id: 'u4', displayName: 'Nurse Kim Lee' };

export const OPEN_TASK: OutreachTask = {
  id: 'task-1',
  patientId: PATIENT_ID,
  patientName: 'Example, Robin',
  mrn: PATIENT.mrn,
  careTeamId: 't1',
  reason: 'injection_overdue',
  status: 'open',
  assignee: NURSE,
  dueOn: '2026-04-30',
  overdue: true,
  note: null,
  openedBy: null,
  openedOn: '2026-04-29',
  resolution: null,
  resolutionNote: null,
  resolvedBy: null,
  resolvedOn: null,
  clearedBy: null,
  attempts: [
    {
      id: 'a1',
      channel: 'phone',
      outcome: 'left_message',
      note: 'Voicemail',
      nextAttemptOn: '2026-05-02',
      attemptedBy: NURSE,
      attemptedOn: '2026-04-30',
      attemptedAt: '2026-04-30T15:00:00Z',
    },
  ],
};

export const DONE_TASK: OutreachTask = {
  ...OPEN_TASK,
  id: 'task-0',
  reason: 'missed_sessions',
  status: 'done',
  overdue: false,
  dueOn: '2026-03-03',
  openedOn: '2026-03-01',
  resolution: 're_engaged',
  resolutionNote: 'Back in group',
  resolvedBy: { id: 'u1', displayName: 'Dr. Ada North' },
  resolvedOn: '2026-03-04',
  attempts: [],
};

export const ACKNOWLEDGEMENT: FlagAcknowledgement = {
  id: 'ack-1',
  flag: 'craving_high',
  reason: 'Seen in clinic, plan agreed',
  untilOn: '2026-05-20',
  acknowledgedBy: { id: 'u1', displayName: 'Dr. Ada North' },
  acknowledgedAt: '2026-05-01T10:00:00Z',
};
