import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { type TherapySessionOutcome, updateTherapySession } from '../therapy';

export interface SessionOutcomeUpdate extends TherapySessionOutcome {
  sessionId: string;
}

/**
 * Records a session's outcome (attended, late, no-show, cancelled). Attendance, the missed-sessions
 * flag and the timeline follow from it, so everything under the patient is refetched.
 */
export function useUpdateTherapySession(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, ...outcome }: SessionOutcomeUpdate) => updateTherapySession(sessionId, outcome),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
      ]),
  });
}
