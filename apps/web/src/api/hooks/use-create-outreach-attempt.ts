import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createOutreachAttempt, type NewOutreachAttempt } from '../outreach';
import { invalidatePatientOutreach } from './invalidate-patient-outreach';

/** Logs one try at reaching the patient on one of their tasks. */
export function useCreateOutreachAttempt(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, attempt }: { taskId: string; attempt: NewOutreachAttempt }) =>
      createOutreachAttempt(taskId, attempt),
    onSuccess: () => invalidatePatientOutreach(queryClient, patientId),
  });
}
