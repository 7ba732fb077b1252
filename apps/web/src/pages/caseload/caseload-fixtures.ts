import { CASELOAD_FLAGS, type CaseloadFlag } from '@naltrack/domain';
import type { CaseloadItem, CaseloadPage } from '../../api/caseload';

/** A synthetic patient row (no real PHI); `overrides` set what a test is about. */
export function caseloadItem(index: number, overrides: Partial<CaseloadItem> = {}): CaseloadItem {
  const family = `Family${String(index).padStart(4, '0')}`;
  return {
    patientId: `p-${index}`,
    name: `${family}, Given`,
    givenName: 'Given',
    familyName: family,
    mrn: `MRN-${String(index).padStart(5, '0')}`,
    careTeamId: 't1',
    status: 'active',
    formulation: 'xr_injection',
    daysOnNaltrexone: 120,
    pdc30: 0.9,
    pdc90: 0.756,
    lastDoseOn: '2025-03-01',
    injection: { lastOn: '2025-03-01', dueOn: '2025-03-29', status: 'on_time' },
    attendanceRate90: 0.8,
    lastSessionOn: '2025-03-10',
    latestPacs: 12,
    earlyRelapse: false,
    lastRelapseOn: null,
    lastRelapseUseOn: null,
    relapseOngoing: false,
    flags: [],
    outreach: { openTasks: 0, nextDueOn: null, lastAttemptOn: null },
    acknowledgedFlags: [],
    switchedTo: null,
    ...overrides,
  };
}

/** A page as the API answers it; counts not given are 0, as the API counts every flag. */
export function caseloadPage(
  items: CaseloadItem[],
  { counts, ...extra }: Partial<Omit<CaseloadPage, 'counts'>> & { counts?: Partial<CaseloadPage['counts']> } = {},
): CaseloadPage {
  const zero = Object.fromEntries(CASELOAD_FLAGS.map((flag) => [flag, 0])) as Record<CaseloadFlag, number>;
  return { items, nextCursor: null, total: items.length, counts: { ...zero, ...counts }, ...extra };
}
