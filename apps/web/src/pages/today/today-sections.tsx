import type { CaseloadFlag, Role } from '@naltrack/domain';
import type { ReactNode } from 'react';
import type { TodayView } from '../../api/today';
import { ApprovalLine, PatientLine, SessionLine, SignalLine, TaskLine } from './today-lines';

/** One section of the worklist as the page draws it, and its count card. */
export interface TodaySectionModel {
  id: string;
  /** The count card's short label. */
  label: string;
  title: string;
  empty: string;
  count: number;
  lines: ReactNode[];
  /** The roles the API fills this list for (empty for anyone else); every clinician when absent. */
  roles?: readonly Role[];
  /** Drawn in red while it has lines: it asks for someone today. */
  alert?: boolean;
  /** Where the whole of a long list is, for the lines past the first. */
  more?: SectionMore;
}

export interface SectionMore {
  to: string;
  label: string;
}

const inCaseload = (flag: CaseloadFlag, label: string): SectionMore => ({
  to: `/caseload?${new URLSearchParams({ flag })}`,
  label,
});

const MEDICATION_ROLES: readonly Role[] = ['prescriber', 'nurse'];
const SESSION_ROLES: readonly Role[] = ['therapist', 'team_lead'];

/** The sections for a clinician with these roles, in the order they work through them. */
export function todaySections(view: TodayView, timeZone: string, userRoles: readonly Role[]): TodaySectionModel[] {
  return allSections(view, timeZone).filter(
    (section) => !section.roles || section.roles.some((role) => userRoles.includes(role)),
  );
}

function allSections(view: TodayView, timeZone: string): TodaySectionModel[] {
  const { counts } = view;
  return [
    {
      id: 'today-suicide-risk',
      label: 'Suicide risk',
      title: 'Suicide risk: safety assessment needed',
      empty: 'No PHQ-9 item 9 answer is waiting for a safety assessment in your teams.',
      count: counts.suicideRisk,
      alert: true,
      more: inCaseload('suicide_risk', 'Every patient with this flag in the caseload'),
      lines: view.suicideRisk.map((line) => <PatientLine key={line.patientId} line={line} />),
    },
    {
      id: 'today-injections',
      label: 'Injections due',
      title: 'Injections due or overdue',
      empty: 'No injection is due or overdue in your teams today.',
      count: counts.injectionsDue,
      roles: MEDICATION_ROLES,
      more: inCaseload('injection_overdue', 'Every overdue injection in the caseload'),
      lines: view.injectionsDue.map((line) => <PatientLine key={line.patientId} line={line} />),
    },
    {
      id: 'today-sessions',
      label: 'Sessions today',
      title: 'Sessions today',
      empty: 'No session is scheduled today.',
      count: counts.sessionsToday,
      roles: SESSION_ROLES,
      lines: view.sessionsToday.map((line) => <SessionLine key={line.sessionId} line={line} timeZone={timeZone} />),
    },
    {
      id: 'today-no-shows',
      label: 'No-shows yesterday',
      title: 'Yesterday’s no-shows',
      empty: 'Nobody missed a session yesterday.',
      count: counts.noShowsYesterday,
      roles: SESSION_ROLES,
      lines: view.noShowsYesterday.map((line) => <SessionLine key={line.sessionId} line={line} timeZone={timeZone} />),
    },
    {
      id: 'today-signals',
      label: 'New signals',
      title: 'New signals',
      empty: 'No positive screen or high craving since each patient’s last visit.',
      count: counts.newSignals,
      lines: view.newSignals.map((line) => (
        <SignalLine key={`${line.patientId}-${line.kind}-${line.observedOn}`} line={line} />
      )),
    },
    {
      id: 'today-not-started',
      label: 'Not started',
      title: 'Not started',
      empty: 'No referred patient in your teams is waiting too long to start naltrexone.',
      count: counts.notStarted,
      roles: MEDICATION_ROLES,
      more: inCaseload('not_started', 'Every patient not started in the caseload'),
      lines: view.notStarted.map((line) => <PatientLine key={line.patientId} line={line} />),
    },
    {
      id: 'today-stopped',
      label: 'Stopped',
      title: 'Stopped without approval',
      empty: 'No patient in your teams has stopped naltrexone without an approved plan.',
      count: counts.stoppedWithoutApproval,
      roles: MEDICATION_ROLES,
      more: inCaseload('stopped_without_approval', 'Every patient stopped without approval in the caseload'),
      lines: view.stoppedWithoutApproval.map((line) => <PatientLine key={line.patientId} line={line} />),
    },
    {
      id: 'today-approvals',
      label: 'Approvals',
      title: 'Approvals waiting for you',
      empty: 'Nothing waits for your decision.',
      count: counts.approvals,
      more: { to: '/approvals', label: 'Every pending request on the Approvals page' },
      lines: view.approvals.map((line) => <ApprovalLine key={line.requestId} line={line} />),
    },
    {
      id: 'today-tasks',
      label: 'Outreach tasks',
      title: 'Your outreach tasks',
      empty: 'No outreach task is assigned to you.',
      count: counts.outreachTasks,
      lines: view.outreachTasks.map((line) => <TaskLine key={line.taskId} line={line} />),
    },
  ];
}
