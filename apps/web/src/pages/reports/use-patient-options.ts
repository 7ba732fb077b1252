import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getCaseload } from '../../api/caseload';
import { queryKeys } from '../../api/query-keys';

const MIN_SEARCH_LENGTH = 2;
const SEARCH_DELAY_MS = 250;

export interface PatientOption {
  value: string;
  label: string;
}

/** Patients of the user's teams whose name or MRN matches what was typed, once it is two characters. */
export function usePatientOptions(search: string) {
  const [q] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  return useQuery({
    queryKey: queryKeys.exports.patientOptions(q),
    queryFn: async ({ signal }): Promise<PatientOption[]> => {
      const page = await getCaseload({ q }, null, signal);
      return page.items.map((item) => ({ value: item.patientId, label: `${item.name} · ${item.mrn}` }));
    },
    enabled: q.length >= MIN_SEARCH_LENGTH,
  });
}
