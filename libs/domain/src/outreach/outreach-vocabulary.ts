import type { CaseloadFlag } from '../caseload-flags.js';
import type { Role } from '../vocabulary.js';

/** Why a task was opened: the caseload flag it answers, or "other" for one a clinician opened by hand. */
export type OutreachReason = CaseloadFlag | 'other';

export const OUTREACH_CHANNELS = ['phone', 'text', 'letter', 'in_person', 'other'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export const OUTREACH_OUTCOMES = ['reached', 'no_answer', 'left_message', 'wrong_number', 'declined'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

/** How a clinician closes a task; `flag_cleared` is set only by the system, when the flag it answered clears. */
export const OUTREACH_RESOLUTIONS = [
  're_engaged',
  'rescheduled',
  'transferred',
  'declined_treatment',
  'unreachable',
  'other',
] as const;
export type OutreachResolution = (typeof OUTREACH_RESOLUTIONS)[number] | 'flag_cleared';

export const OUTREACH_TASK_STATUSES = ['open', 'done'] as const;
export type OutreachTaskStatus = (typeof OUTREACH_TASK_STATUSES)[number];

/** A team's rule for one flag: open a task when the flag appears, for someone in this role, due in so many days. */
export interface OutreachRule {
  flag: CaseloadFlag;
  enabled: boolean;
  assigneeRole: Role;
  dueInDays: number;
}

/** The rules a team starts with; flags not listed open no task until the team turns them on. */
export const DEFAULT_OUTREACH_RULES: readonly OutreachRule[] = [
  // A positive PHQ-9 item 9 asks for a safety assessment the same day; a team lead takes it when no therapist can.
  { flag: 'suicide_risk', enabled: true, assigneeRole: 'therapist', dueInDays: 0 },
  { flag: 'injection_overdue', enabled: true, assigneeRole: 'nurse', dueInDays: 1 },
  { flag: 'not_started', enabled: true, assigneeRole: 'nurse', dueInDays: 1 },
  { flag: 'missed_sessions', enabled: true, assigneeRole: 'therapist', dueInDays: 2 },
  { flag: 'stopped_without_approval', enabled: true, assigneeRole: 'prescriber', dueInDays: 1 },
];
