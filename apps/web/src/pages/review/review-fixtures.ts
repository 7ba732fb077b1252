import type { CaseReviewAgenda, CaseReviewAgendaItem } from '../../api/case-review';

export const PENDING_ITEM: CaseReviewAgendaItem = {
  patientId: 'p1',
  name: 'Example, Robin',
  mrn: 'MRN-004217',
  kind: 'pending_approval',
  figures: [
    { label: 'PDC 90 d', value: '92%' },
    { label: 'Proposed', value: 'Taper from Jul 1, 2026' },
  ],
  requestId: 'r1',
  discussed: null,
};

export const RELAPSE_ITEM: CaseReviewAgendaItem = {
  patientId: 'p2',
  name: 'Sample, Sam',
  mrn: 'MRN-000318',
  kind: 'early_relapse',
  figures: [{ label: 'Onset', value: 'Jun 2, 2026' }],
  requestId: null,
  discussed: {
    decisionNote: 'Weekly sessions for a month.',
    discussedBy: { id: 'u2', displayName: 'Dr. Lee Park' },
    discussedAt: '2026-06-17T13:05:00Z',
  },
};

/** North Clinic's meeting on the tests' day: one item waiting, one already discussed, one empty section. */
export function agendaOf(pending: CaseReviewAgendaItem = PENDING_ITEM): CaseReviewAgenda {
  return {
    careTeamId: 't1',
    careTeamName: 'North Clinic',
    on: '2026-06-17',
    sections: [
      { kind: 'pending_approval', title: 'Pending approvals', items: [pending] },
      { kind: 'early_relapse', title: 'Early relapses', items: [RELAPSE_ITEM] },
      { kind: 'injection_overdue', title: 'Injections overdue', items: [] },
    ],
  };
}
