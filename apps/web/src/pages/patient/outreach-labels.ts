import {
  FLAG_LABELS,
  OUTREACH_CHANNELS,
  OUTREACH_OUTCOMES,
  OUTREACH_RESOLUTIONS,
  type OutreachChannel,
  type OutreachOutcome,
  type OutreachReason,
  type OutreachResolution,
} from '@naltrack/domain';

export const OUTREACH_REASON_LABELS: Record<OutreachReason, string> = { ...FLAG_LABELS, other: 'Other' };

export const OUTREACH_CHANNEL_LABELS: Record<OutreachChannel, string> = {
  phone: 'Phone',
  text: 'Text',
  letter: 'Letter',
  in_person: 'In person',
  other: 'Other',
};

export const OUTREACH_OUTCOME_LABELS: Record<OutreachOutcome, string> = {
  reached: 'Reached',
  no_answer: 'No answer',
  left_message: 'Left message',
  wrong_number: 'Wrong number',
  declined: 'Declined',
};

export const OUTREACH_RESOLUTION_LABELS: Record<OutreachResolution, string> = {
  re_engaged: 'Re-engaged',
  rescheduled: 'Rescheduled',
  transferred: 'Transferred',
  declined_treatment: 'Declined treatment',
  unreachable: 'Unreachable',
  other: 'Other',
  flag_cleared: 'Flag cleared',
};

const optionsOf = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const CHANNEL_OPTIONS = optionsOf(OUTREACH_CHANNELS, OUTREACH_CHANNEL_LABELS);
export const OUTCOME_OPTIONS = optionsOf(OUTREACH_OUTCOMES, OUTREACH_OUTCOME_LABELS);
/** Only what a clinician may choose: `flag_cleared` is the system's. */
export const RESOLUTION_OPTIONS = optionsOf(OUTREACH_RESOLUTIONS, OUTREACH_RESOLUTION_LABELS);
