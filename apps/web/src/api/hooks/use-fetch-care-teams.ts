import { useQuery } from '@tanstack/react-query';
import { getCareTeams } from '../care-teams';
import { queryKeys } from '../query-keys';

export function useFetchCareTeams() {
  return useQuery({
    queryKey: queryKeys.careTeams.list(),
    queryFn: ({ signal }) => getCareTeams(signal),
  });
}
