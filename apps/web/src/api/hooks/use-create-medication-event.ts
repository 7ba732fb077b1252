import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createMedicationEvent, type NewMedicationEvent } from '../medication';
import { queryKeys } from '../query-keys';

/**
 * Records a dose, dispense or injection. Coverage, PDC, injection due date, flags, readiness and
 * the timeline all follow from it, so everything under the patient is refetched.
 */
export function useCreateMedicationEvent(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (event: NewMedicationEvent) => createMedicationEvent(patientId, event),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        // The caseload shows this patient's PDC, injection status and flags too.
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
      ]),
  });
}
