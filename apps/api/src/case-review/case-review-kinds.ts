/** The agenda's sections, in the order the meeting takes them. */
export const CASE_REVIEW_KINDS = [
  'pending_approval',
  'early_relapse',
  'relapse_during_taper',
  'stopped_without_approval',
  'injection_overdue',
  'outreach_stalled',
] as const;
export type CaseReviewKind = (typeof CASE_REVIEW_KINDS)[number];

export const CASE_REVIEW_TITLES: Record<CaseReviewKind, string> = {
  pending_approval: 'Discontinuations awaiting approval',
  early_relapse: 'Early relapses',
  relapse_during_taper: 'Relapses during a taper',
  stopped_without_approval: 'Stopped without team approval',
  injection_overdue: 'XR injections overdue',
  outreach_stalled: 'Outreach stalled',
};
