import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type CaseloadFilters, getCaseload } from '../caseload';
import { queryKeys } from '../query-keys';

/** The caseload, one keyset page at a time; `fetchNextPage` follows the cursor. */
export function useFetchCaseload(filters: CaseloadFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.caseload.list(filters),
    queryFn: ({ pageParam, signal }) => getCaseload(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // While a new filter loads, the previous rows stay instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
