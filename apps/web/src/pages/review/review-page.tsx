import { Text } from '@mantine/core';
import { useSignedInUser } from '../../auth/signed-in-user';
import { useClinicToday } from '../../auth/use-clinic-today';
import { PageHeader } from '../../components/page-header';
import { ReviewAgenda } from './review-agenda';
import { ReviewToolbar } from './review-toolbar';
import { useReviewFilters } from './use-review-filters';

/** `/review`: the agenda of a care team's case review meeting, and the decisions taken. */
export function ReviewPage() {
  const user = useSignedInUser();
  const today = useClinicToday();
  const { filters, update } = useReviewFilters(
    user.careTeams.map((team) => team.id),
    today,
  );
  return (
    <>
      <PageHeader
        title="Case review"
        description="Patients the team should talk about, with their figures; note what the team decides."
      />
      {filters.careTeamId ? (
        <>
          <ReviewToolbar
            careTeamId={filters.careTeamId}
            on={filters.on}
            today={today}
            teams={user.careTeams}
            onChange={update}
          />
          <ReviewAgenda careTeamId={filters.careTeamId} on={filters.on} />
        </>
      ) : (
        <Text c="gray.7">You are not a member of any care team; an administrator can add you to one.</Text>
      )}
    </>
  );
}
