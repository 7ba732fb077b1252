import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCareTeam, type NewCareTeam } from '../care-teams';
import { queryKeys } from '../query-keys';

export function useCreateCareTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (team: NewCareTeam) => createCareTeam(team),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.careTeams.all }),
  });
}
