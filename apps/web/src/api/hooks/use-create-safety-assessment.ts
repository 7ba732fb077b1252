import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { createSafetyAssessment, type NewSafetyAssessment } from '../safety-assessments';

/** Records a safety assessment; the suicide_risk flag, the timeline, the caseload and Today follow from it. */
export function useCreateSafetyAssessment(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assessment: NewSafetyAssessment) => createSafetyAssessment(patientId, assessment),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.today }),
      ]),
  });
}
