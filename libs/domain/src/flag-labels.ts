import type { CaseloadFlag } from './caseload-flags.js';

/** Short names for chips, badges and reports; the full rule is in FLAG_DESCRIPTIONS. */
export const FLAG_LABELS: Record<CaseloadFlag, string> = {
  suicide_risk: 'Suicide risk',
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
