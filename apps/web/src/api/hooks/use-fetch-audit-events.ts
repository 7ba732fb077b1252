import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type AuditFilters, getAuditEvents } from '../audit';
import { queryKeys } from '../query-keys';

/** The audit trail, newest first, one keyset page at a time; `fetchNextPage` loads older events. */
export function useFetchAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit.events(filters),
    queryFn: ({ pageParam, signal }) => getAuditEvents(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
    // While a new filter loads, the previous rows stay instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
