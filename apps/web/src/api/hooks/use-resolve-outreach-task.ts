import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type OutreachResolutionBody, resolveOutreachTask } from '../outreach';
import { invalidatePatientOutreach } from './invalidate-patient-outreach';

/** Closes one of the patient's tasks with how it ended. */
export function useResolveOutreachTask(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, resolution }: { taskId: string; resolution: OutreachResolutionBody }) =>
      resolveOutreachTask(taskId, resolution),
    onSuccess: () => invalidatePatientOutreach(queryClient, patientId),
  });
}
