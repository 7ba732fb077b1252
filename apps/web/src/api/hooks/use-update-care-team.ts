import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CareTeamChange, updateCareTeam } from '../care-teams';
import { queryKeys } from '../query-keys';

/** Renames a team or changes whether its discontinuations also need the team lead. */
export function useUpdateCareTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: CareTeamChange }) => updateCareTeam(id, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.careTeams.all }),
  });
}
