import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCaseReviewItem, type NewCaseReviewItem } from '../case-review';
import { queryKeys } from '../query-keys';

/** Records that the team discussed an item; the agenda and the patient's timeline show it. */
export function useCreateCaseReviewItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: NewCaseReviewItem) => createCaseReviewItem(item),
    onSuccess: (_created, item) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.caseReview.agenda(item.careTeamId, item.on) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.timeline(item.patientId) }),
      ]),
  });
}
