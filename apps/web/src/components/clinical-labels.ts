import type { CaseloadFlag, PatientStatus } from '@naltrack/domain';

/** Words for the shared vocabularies, one copy for every page. */
export const STATUS_LABELS: Record<PatientStatus, string> = {
  referred: 'Referred',
  inducting: 'Inducting',
  active: 'Active',
  tapering: 'Tapering',
  discontinued: 'Discontinued',
  lost_to_follow_up: 'Lost to follow-up',
};

/** Short names for chips and badges; the full rule is in FLAG_DESCRIPTIONS. */
export const FLAG_LABELS: Record<CaseloadFlag, string> = {
  injection_overdue: 'Injection overdue',
  low_adherence: 'Low adherence',
  missed_sessions: 'Missed sessions',
  craving_high: 'High craving',
  positive_screen: 'Positive screen',
  early_relapse: 'Early relapse',
  stopped_without_approval: 'Stopped without approval',
  relapse_during_taper: 'Relapse during taper',
  not_started: 'Not started',
};
