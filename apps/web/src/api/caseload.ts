import type { CaseloadFlag, PatientStatus } from '@naltrack/domain';
import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

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
export type CaseloadItem = ApiSchema<'CaseloadItemDto'>;

export type CaseloadPage = ApiSchema<'CaseloadPageDto'>;

/** A row's outreach: open tasks, the next due day and the last attempt. */
export type CaseloadOutreach = ApiSchema<'CaseloadOutreachDto'>;

/** A flag acknowledged until a day: shown muted on the row. */
export type CaseloadAcknowledgedFlag = ApiSchema<'CaseloadAcknowledgedFlagDto'>;

/** What the caseload is filtered and ordered by. `q` (a name or MRN) is PHI: it never goes in the page URL. */
export interface CaseloadFilters {
  careTeamId?: string;
  status?: readonly PatientStatus[];
  flag?: CaseloadFlag;
  q?: string;
  sort?: CaseloadSort;
  /** `none`: patients with a flag not acknowledged and no open outreach task. */
  outreach?: CaseloadOutreachFilter;
}

export const CASELOAD_OUTREACH_FILTERS = ['none'] as const;
export type CaseloadOutreachFilter = (typeof CASELOAD_OUTREACH_FILTERS)[number];

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
      outreach: filters.outreach,
      limit: CASELOAD_PAGE_SIZE,
      cursor,
    },
  });
}
