/** The kinds of record a patient's timeline shows, shared by the API and the dashboard. */
export const TIMELINE_TYPES = [
  'naltrexone_start',
  'medication_event',
  'therapy_session',
  'observation',
  'relapse',
  'discontinuation_request',
  'discontinuation_decision',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];
