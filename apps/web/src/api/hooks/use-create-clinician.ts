import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createClinician, type NewClinician } from '../clinicians';
import { queryKeys } from '../query-keys';

export function useCreateClinician() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clinician: NewClinician) => createClinician(clinician),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clinicians.all }),
  });
}
