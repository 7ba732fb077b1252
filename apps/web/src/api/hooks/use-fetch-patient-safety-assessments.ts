import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { getSafetyAssessments } from '../safety-assessments';

export function useFetchPatientSafetyAssessments(patientId: string) {
  return useQuery({
    queryKey: queryKeys.patients.safetyAssessments(patientId),
    queryFn: ({ signal }) => getSafetyAssessments(patientId, signal),
  });
}
