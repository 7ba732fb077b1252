import { EmptyState, Paper, Title } from '@mantine/core';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { CareTeamsTable } from './care-teams-table';

const CARE_TEAMS_HEADING = 'care-teams-heading';

function CareTeamsContent() {
  const careTeams = useFetchCareTeams();
  if (careTeams.isPending) return <LoadingState label="Loading care teams…" />;
  if (careTeams.isError) {
    return (
      <ErrorAlert title="Could not load care teams" error={careTeams.error} onRetry={() => void careTeams.refetch()} />
    );
  }
  if (careTeams.data.length === 0) {
    return <EmptyState title="No care teams yet" description="Ask an administrator to add you to a team." py="md" />;
  }
  return <CareTeamsTable teams={careTeams.data} labelledBy={CARE_TEAMS_HEADING} />;
}

/** The user's teams and their sizes, beside the worklist. */
export function CareTeamsAside() {
  return (
    <Paper component="aside" aria-labelledby={CARE_TEAMS_HEADING} withBorder p="md">
      <Title order={2} size="h4" id={CARE_TEAMS_HEADING} mb="sm">
        Care teams
      </Title>
      <CareTeamsContent />
    </Paper>
  );
}
