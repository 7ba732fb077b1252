import { type ClinicalDate, daysBetween } from '@naltrack/domain';
import type { AgendaRow } from './case-review-agenda-query.js';
import type { CaseReviewKind } from './case-review-kinds.js';
import type { CaseReviewFigureDto } from './dto/case-review.dto.js';

type Data = AgendaRow['data'];

const NONE = '—';
const text = (value: Data[string] | undefined) =>
  value === null || value === undefined ? NONE : Array.isArray(value) ? value.join(', ') : String(value);
const percent = (value: Data[string] | undefined) =>
  value === null || value === undefined ? NONE : `${Math.round(Number(value) * 100)}%`;
const words = (value: Data[string] | undefined) => text(value).replaceAll('_', ' ');
const daysSince = (day: Data[string] | undefined, on: ClinicalDate) =>
  typeof day === 'string' ? String(daysBetween(day, on)) : NONE;

/** The figures a section shows for one item, as label and value for people. */
export function agendaFigures(kind: CaseReviewKind, data: Data, on: ClinicalDate): CaseReviewFigureDto[] {
  const figures: Record<CaseReviewKind, [string, string][]> = {
    pending_approval: [
      ['Proposal', `${text(data.proposal)} from ${text(data.effectiveOn)}`],
      ['Proposed by', text(data.proposedBy)],
      ['Approvals', `${text(data.approvals)} of ${text(data.required)}`],
      ['PDC 90 days', percent(data.pdc90)],
      ['Latest PACS', text(data.latestPacs)],
    ],
    early_relapse: [
      ['Relapse onset', text(data.lastRelapseOn)],
      ['Last use', text(data.lastRelapseUseOn)],
      ['Ongoing', data.ongoing ? 'yes' : 'no'],
      ['Days on naltrexone', text(data.daysOnNaltrexone)],
      ['PDC 90 days', percent(data.pdc90)],
    ],
    relapse_during_taper: [
      ['Taper started', text(data.taperStartedOn)],
      ['Relapse onset', text(data.lastRelapseOn)],
      ['Last use', text(data.lastRelapseUseOn)],
      ['Ongoing', data.ongoing ? 'yes' : 'no'],
    ],
    stopped_without_approval: [
      ['Last naltrexone', text(data.lastTreatedOn)],
      ['Days without', daysSince(data.lastTreatedOn, on)],
      ['Formulation', words(data.formulation)],
      ['PDC 90 days', percent(data.pdc90)],
    ],
    injection_overdue: [
      ['Last injection', text(data.injectionLastOn)],
      ['Due', text(data.injectionDueOn)],
      ['Days past due', daysSince(data.injectionDueOn, on)],
    ],
    outreach_stalled: [
      ['Reasons', words(data.reasons)],
      ['Open tasks', text(data.openTasks)],
      ['Attempts', text(data.attempts)],
      ['Last outcome', words(data.lastOutcome)],
      ['Oldest due', text(data.oldestDueOn)],
      ['Closed unreachable', text(data.unreachableOn)],
    ],
  };
  return figures[kind].map(([label, value]) => ({ label, value }));
}
