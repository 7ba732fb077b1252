import type { ClinicalDate } from '@naltrack/domain';
import { useQuery } from '@tanstack/react-query';
import { getCaseReview } from '../case-review';
import { queryKeys } from '../query-keys';

/** One team's agenda for one day. */
export function useFetchCaseReview(careTeamId: string, on: ClinicalDate) {
  return useQuery({
    queryKey: queryKeys.caseReview.agenda(careTeamId, on),
    queryFn: ({ signal }) => getCaseReview(careTeamId, on, signal),
  });
}
