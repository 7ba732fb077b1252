import { useQuery } from '@tanstack/react-query';
import { getClinicians } from '../clinicians';
import { queryKeys } from '../query-keys';

/** Every user, for the admin page (admins only; the API answers 403 to anyone else). */
export function useFetchClinicians() {
  return useQuery({
    queryKey: queryKeys.clinicians.list(),
    queryFn: ({ signal }) => getClinicians(signal),
  });
}
