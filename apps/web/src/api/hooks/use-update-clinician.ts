import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ClinicianChange, updateClinician } from '../clinicians';
import { queryKeys } from '../query-keys';

/** Changes a user's name, roles, teams or access; disabling ends their sessions at once. */
export function useUpdateClinician() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ClinicianChange }) => updateClinician(id, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clinicians.all }),
  });
}
