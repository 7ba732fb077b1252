import type { PatientStatus } from '@naltrack/domain';

/** Words for the shared vocabularies, one copy for every page. */
export const STATUS_LABELS: Record<PatientStatus, string> = {
  referred: 'Referred',
  inducting: 'Inducting',
  active: 'Active',
  tapering: 'Tapering',
  discontinued: 'Discontinued',
  switched: 'Switched medication',
  lost_to_follow_up: 'Lost to follow-up',
};

/** Short names for chips and badges; the full rule is in FLAG_DESCRIPTIONS. */
export { FLAG_LABELS } from '@naltrack/domain';
