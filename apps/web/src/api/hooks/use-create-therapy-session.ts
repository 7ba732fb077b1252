import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { createTherapySession, type NewTherapySession } from '../therapy';

/** Schedules a session; the session list, timeline and caseload row are refetched. */
export function useCreateTherapySession(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: NewTherapySession) => createTherapySession(patientId, session),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients.detail(patientId) }),
        // The caseload shows the last session and the missed-sessions flag.
        queryClient.invalidateQueries({ queryKey: queryKeys.caseload.all }),
      ]),
  });
}
