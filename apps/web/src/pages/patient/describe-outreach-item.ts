import { FLAG_LABELS } from '@naltrack/domain';
import {
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_OUTCOME_LABELS,
  OUTREACH_REASON_LABELS,
  OUTREACH_RESOLUTION_LABELS,
} from './outreach-labels';
import { formatDate, labelOf } from './patient-format';
import type { TimelineText } from './timeline-text';

type Details = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : null);
const join = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(' · ');

/** A clinician reference ({id, displayName}) as a name; null when absent. */
function nameOf(value: unknown): string | null {
  return value && typeof value === 'object' && 'displayName' in value ? str(value.displayName) : null;
}

/** The record whose writing cleared the flag, in words ("medication event"). */
function clearedByOf(value: unknown): string | null {
  return value && typeof value === 'object' && 'kind' in value ? (str(value.kind)?.replaceAll('_', ' ') ?? null) : null;
}

const CASE_REVIEW_KIND_LABELS: Record<string, string> = {
  pending_approval: 'pending approval',
  early_relapse: 'early relapse',
  relapse_during_taper: 'relapse during taper',
  stopped_without_approval: 'stopped without approval',
  injection_overdue: 'injection overdue',
  outreach_stalled: 'outreach stalled',
};

/** The outreach and case review entries of the timeline, or null for any other type. */
export function describeOutreachItem(type: string, d: Details): TimelineText | null {
  const reason = labelOf(OUTREACH_REASON_LABELS, d.reason);
  switch (type) {
    case 'outreach_task_opened':
      return {
        title: `Outreach task opened — ${reason}`,
        detail: join(
          nameOf(d.assignee) && `for ${nameOf(d.assignee)}`,
          str(d.dueOn) && `due ${formatDate(str(d.dueOn))}`,
          d.openedBy === null ? "by the team's rule" : nameOf(d.openedBy) && `by ${nameOf(d.openedBy)}`,
          str(d.note),
        ),
        alert: false,
      };
    case 'outreach_attempt':
      return {
        title: `Outreach attempt — ${labelOf(OUTREACH_CHANNEL_LABELS, d.channel)}: ${labelOf(OUTREACH_OUTCOME_LABELS, d.outcome).toLowerCase()}`,
        detail: join(
          nameOf(d.attemptedBy),
          str(d.nextAttemptOn) && `next try ${formatDate(str(d.nextAttemptOn))}`,
          str(d.note),
        ),
        alert: d.outcome === 'wrong_number',
      };
    case 'outreach_task_resolved':
      return {
        title: `Outreach task resolved — ${labelOf(OUTREACH_RESOLUTION_LABELS, d.resolution).toLowerCase()}`,
        detail: join(
          str(d.reason) && reason,
          nameOf(d.resolvedBy) && `by ${nameOf(d.resolvedBy)}`,
          clearedByOf(d.clearedBy) && `cleared by a ${clearedByOf(d.clearedBy)}`,
          str(d.note),
        ),
        alert: d.resolution === 'unreachable',
      };
    case 'flag_acknowledgement':
      return {
        title: `Flag acknowledged — ${labelOf(FLAG_LABELS, d.flag)}`,
        detail: join(
          str(d.untilOn) && `until ${formatDate(str(d.untilOn))}`,
          str(d.reason),
          nameOf(d.acknowledgedBy) && `by ${nameOf(d.acknowledgedBy)}`,
        ),
        alert: false,
      };
    case 'case_review_item':
      return {
        title: `Discussed at case review — ${labelOf(CASE_REVIEW_KIND_LABELS, d.kind)}`,
        detail: join(str(d.decisionNote), nameOf(d.discussedBy) && `by ${nameOf(d.discussedBy)}`),
        alert: false,
      };
    default:
      return null;
  }
}
