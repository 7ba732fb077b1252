import { CASELOAD_FLAGS, type CaseloadFlag, PATIENT_STATUSES, type PatientStatus } from '@naltrack/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  CASELOAD_OUTREACH_FILTERS,
  CASELOAD_SORT_KEYS,
  type CaseloadOutreachFilter,
  type CaseloadSort,
} from '../../api/caseload';

export const DEFAULT_SORT: CaseloadSort = 'name';

/** The filters that may live in the address: no names or MRNs, so a shared or logged URL holds no PHI. */
export interface CaseloadUrlFilters {
  careTeamId?: string;
  status: PatientStatus[];
  flag?: CaseloadFlag;
  outreach?: CaseloadOutreachFilter;
  sort: CaseloadSort;
}

function isFlag(value: string | null): value is CaseloadFlag {
  return (CASELOAD_FLAGS as readonly (string | null)[]).includes(value);
}

function isOutreachFilter(value: string | null): value is CaseloadOutreachFilter {
  return (CASELOAD_OUTREACH_FILTERS as readonly (string | null)[]).includes(value);
}

export function isStatus(value: string): value is PatientStatus {
  return (PATIENT_STATUSES as readonly string[]).includes(value);
}

function isSort(value: string | null): value is CaseloadSort {
  if (value === null) return false;
  const key = value.startsWith('-') ? value.slice(1) : value;
  return (CASELOAD_SORT_KEYS as readonly string[]).includes(key);
}

/** Reads the view's filters from the URL query, ignoring anything unknown (old bookmarks, hand edits). */
export function useCaseloadFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<CaseloadUrlFilters>(() => {
    const flag = params.get('flag');
    const sort = params.get('sort');
    const outreach = params.get('outreach');
    return {
      careTeamId: params.get('careTeamId') || undefined,
      status: (params.get('status') ?? '').split(',').filter(isStatus),
      flag: isFlag(flag) ? flag : undefined,
      outreach: isOutreachFilter(outreach) ? outreach : undefined,
      sort: isSort(sort) ? sort : DEFAULT_SORT,
    };
  }, [params]);

  const update = useCallback(
    (change: Partial<CaseloadUrlFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const write = (key: string, value: string | undefined) => {
            if (value) next.set(key, value);
            else next.delete(key);
          };
          if ('careTeamId' in change) write('careTeamId', change.careTeamId);
          if ('status' in change) write('status', change.status?.join(','));
          if ('flag' in change) write('flag', change.flag);
          if ('outreach' in change) write('outreach', change.outreach);
          if ('sort' in change) write('sort', change.sort === DEFAULT_SORT ? undefined : change.sort);
          return next;
        },
        // Filter tweaks replace the entry, so Back leaves the page instead of undoing each click.
        { replace: true },
      );
    },
    [setParams],
  );

  return { filters, update };
}
