import type { CaseloadFlag } from '@naltrack/domain';

/** Short badge text; the full sentence (FLAG_DESCRIPTIONS) is in the tooltip. */
export const FLAG_LABELS: Record<CaseloadFlag, string> = {
  injection_overdue: 'Injection overdue',
  low_adherence: 'Low adherence',
  missed_sessions: 'Missed sessions',
  craving_high: 'High craving',
  positive_screen: 'Positive screen',
  early_relapse: 'Early relapse',
  stopped_without_approval: 'Stopped without approval',
  relapse_during_taper: 'Relapse during taper',
};
