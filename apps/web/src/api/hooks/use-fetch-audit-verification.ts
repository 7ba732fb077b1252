import { useQuery } from '@tanstack/react-query';
import { getAuditVerification } from '../audit';
import { queryKeys } from '../query-keys';

/**
 * The hash chain walked from its first link. It reads the whole trail, so it runs only once
 * `enabled` (the auditor asked) and again only on `refetch`, never on focus or by itself.
 */
export function useFetchAuditVerification(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.audit.verification(),
    queryFn: ({ signal }) => getAuditVerification(signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
