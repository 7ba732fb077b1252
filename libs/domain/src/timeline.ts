/** The kinds of record a patient's timeline shows, shared by the API and the dashboard. */
export const TIMELINE_TYPES = [
  'naltrexone_start',
  'medication_event',
  'therapy_session',
  'observation',
  'relapse',
  'discontinuation_request',
  'discontinuation_decision',
  'outreach_task_opened',
  'outreach_attempt',
  'outreach_task_resolved',
  'flag_acknowledgement',
  'case_review_item',
  'safety_assessment',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];
