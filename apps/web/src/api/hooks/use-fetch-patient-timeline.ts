import { useInfiniteQuery } from '@tanstack/react-query';
import { getPatientTimeline, type TimelinePage } from '../patients';
import { queryKeys } from '../query-keys';

export const TIMELINE_PAGE_SIZE = 25;

/** The patient's record newest first, one keyset page at a time ("Load older"). */
export function useFetchPatientTimeline(patientId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.patients.timeline(patientId),
    queryFn: ({ pageParam, signal }) =>
      getPatientTimeline(patientId, { before: pageParam, limit: TIMELINE_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage: TimelinePage) => lastPage.nextBefore,
  });
}
