import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFlagAcknowledgement, type NewFlagAcknowledgement } from '../outreach';
import { invalidatePatientOutreach } from './invalidate-patient-outreach';

/** Mutes one of the patient's flags until a day, with the reason. */
export function useCreateFlagAcknowledgement(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (acknowledgement: NewFlagAcknowledgement) => createFlagAcknowledgement(patientId, acknowledgement),
    onSuccess: () => invalidatePatientOutreach(queryClient, patientId),
  });
}
