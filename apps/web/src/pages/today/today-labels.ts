import { FLAG_LABELS, type OutreachOutcome, type OutreachReason } from '@naltrack/domain';
import type { TodaySignalLine } from '../../api/today';

export const SIGNAL_LABELS: Record<TodaySignalLine['kind'], string> = {
  positive_screen: 'Positive screen',
  craving_high: 'High craving',
};

export const OUTREACH_REASON_LABELS: Record<OutreachReason, string> = { ...FLAG_LABELS, other: 'Other' };

/** Lower case: they read inside "last: no answer". */
export const OUTREACH_OUTCOME_LABELS: Record<OutreachOutcome, string> = {
  reached: 'reached',
  no_answer: 'no answer',
  left_message: 'left message',
  wrong_number: 'wrong number',
  declined: 'declined',
};
