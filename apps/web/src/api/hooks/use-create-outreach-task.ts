import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createOutreachTask, type NewOutreachTask } from '../outreach';
import { invalidatePatientOutreach } from './invalidate-patient-outreach';

/** Opens an outreach task by hand for the patient. */
export function useCreateOutreachTask(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: NewOutreachTask) => createOutreachTask(patientId, task),
    onSuccess: () => invalidatePatientOutreach(queryClient, patientId),
  });
}
