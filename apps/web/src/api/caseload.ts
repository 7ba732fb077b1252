import type { CaseloadFlag, Formulation, InjectionStatus, PatientStatus } from '@naltrack/domain';
import { apiClient } from './api-client';

/** The columns `GET /api/caseload` can sort by; a leading '-' sorts descending. */
export const CASELOAD_SORT_KEYS = [
  'name',
  'mrn',
  'pdc30',
  'pdc90',
  'daysOnNaltrexone',
  'injectionDue',
  'latestPacs',
  'lastSessionOn',
] as const;
export type CaseloadSortKey = (typeof CASELOAD_SORT_KEYS)[number];
export type CaseloadSort = CaseloadSortKey | `-${CaseloadSortKey}`;

/** One patient's row. Mirrors the API's CaseloadItemDto; dates are clinical days (YYYY-MM-DD). */
export interface CaseloadItem {
  patientId: string;
  /** "Family, Given". */
  name: string;
  givenName: string;
  familyName: string;
  mrn: string;
  careTeamId: string;
  status: PatientStatus;
  formulation: Formulation | null;
  daysOnNaltrexone: number | null;
  /** Proportion of days covered, 0-1. */
  pdc30: number | null;
  pdc90: number | null;
  lastDoseOn: string | null;
  injection: { lastOn: string | null; dueOn: string | null; status: InjectionStatus };
  attendanceRate90: number | null;
  lastSessionOn: string | null;
  /** PACS total, 0-30. */
  latestPacs: number | null;
  earlyRelapse: boolean;
  lastRelapseOn: string | null;
  flags: CaseloadFlag[];
}

export interface CaseloadPage {
  items: CaseloadItem[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
  /** Patients matching every filter. */
  total: number;
  /** Patients with each flag, among those matching every filter but `flag`. */
  counts: Partial<Record<CaseloadFlag, number>>;
}

/** What the caseload is filtered and ordered by. `q` (a name or MRN) is PHI: it never goes in the page URL. */
export interface CaseloadFilters {
  careTeamId?: string;
  status?: readonly PatientStatus[];
  flag?: CaseloadFlag;
  q?: string;
  sort?: CaseloadSort;
}

export const CASELOAD_PAGE_SIZE = 100;

export function getCaseload(
  filters: CaseloadFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CaseloadPage> {
  return apiClient.get<CaseloadPage>('/caseload', {
    signal,
    query: {
      careTeamId: filters.careTeamId,
      status: filters.status?.length ? filters.status.join(',') : undefined,
      flag: filters.flag,
      q: filters.q || undefined,
      sort: filters.sort,
      limit: CASELOAD_PAGE_SIZE,
      cursor,
    },
  });
}
