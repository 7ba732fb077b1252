import { type ClinicalDate, isClinicalDate } from '@naltrack/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface ReviewFilters {
  careTeamId: string | undefined;
  on: ClinicalDate;
}

/**
 * The team and day of the meeting, in the URL query (ids and a date, no PHI): the first of the
 * user's teams and today unless the address names others.
 */
export function useReviewFilters(teamIds: readonly string[], today: ClinicalDate) {
  const [params, setParams] = useSearchParams();
  const requestedTeam = params.get('careTeamId');
  const requestedDay = params.get('on');
  const filters: ReviewFilters = {
    careTeamId: requestedTeam && teamIds.includes(requestedTeam) ? requestedTeam : teamIds[0],
    on: requestedDay && isClinicalDate(requestedDay) ? requestedDay : today,
  };

  const update = useCallback(
    (change: Partial<ReviewFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (change.careTeamId) next.set('careTeamId', change.careTeamId);
          if (change.on) next.set('on', change.on);
          return next;
        },
        // Picking replaces the entry, so Back leaves the page instead of undoing each pick.
        { replace: true },
      );
    },
    [setParams],
  );

  return { filters, update };
}
