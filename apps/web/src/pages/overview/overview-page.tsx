import { EmptyState, Paper, Title } from '@mantine/core';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { CareTeamsTable } from './care-teams-table';

const CARE_TEAMS_HEADING = 'care-teams-heading';

function CareTeamsContent() {
  const careTeams = useFetchCareTeams();

  if (careTeams.isPending) return <LoadingState label="Loading care teams…" />;

  return (
    <>
      {/* A failed re-fetch keeps the last list visible, under the error. */}
      {careTeams.isError ? (
        <ErrorAlert
          title="Could not load care teams"
          error={careTeams.error}
          onRetry={() => void careTeams.refetch()}
        />
      ) : null}
      {careTeams.data?.length === 0 ? (
        <EmptyState
          title="No care teams yet"
          description="Care teams appear here once an administrator creates them."
          py="lg"
        />
      ) : null}
      {careTeams.data?.length ? <CareTeamsTable teams={careTeams.data} labelledBy={CARE_TEAMS_HEADING} /> : null}
    </>
  );
}

export function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Your care teams and their caseloads at a glance." />
      <Paper component="section" aria-labelledby={CARE_TEAMS_HEADING} withBorder p="md">
        <Title order={2} size="h3" id={CARE_TEAMS_HEADING} mb="sm">
          Care teams
        </Title>
        <CareTeamsContent />
      </Paper>
    </>
  );
}
