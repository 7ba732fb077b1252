import { useQuery } from '@tanstack/react-query';
import { getCareTeamMembers } from '../care-teams';
import { queryKeys } from '../query-keys';

/** `enabled: false` for a team the user is not in (a break-glass reader), which would answer 404. */
export function useFetchCareTeamMembers(careTeamId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.careTeams.members(careTeamId),
    queryFn: ({ signal }) => getCareTeamMembers(careTeamId, signal),
    enabled,
  });
}
