import { Grid, Stack } from '@mantine/core';
import { useFetchToday } from '../../api/hooks/use-fetch-today';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { CareTeamsAside } from './care-teams-aside';
import { TodayCounts } from './today-counts';
import { TodaySection } from './today-section';
import { todaySections } from './today-sections';

function Worklist() {
  const { clinicTimeZone, roles } = useSignedInUser();
  const today = useFetchToday();
  if (today.isPending) return <LoadingState label="Loading your day…" />;
  if (today.isError) {
    return <ErrorAlert title="Could not load your day" error={today.error} onRetry={() => void today.refetch()} />;
  }
  const sections = todaySections(today.data, clinicTimeZone, roles);
  return (
    <>
      <TodayCounts
        counts={sections.map(({ id, label, count }) => ({ sectionId: id, label, value: count }))}
        limit={today.data.countLimit}
      />
      <Stack gap="md">
        {sections.map((section) => (
          <TodaySection
            key={section.id}
            id={section.id}
            title={section.title}
            count={section.count}
            countLimit={today.data.countLimit}
            empty={section.empty}
            alert={section.alert}
            more={section.more}
          >
            {section.lines}
          </TodaySection>
        ))}
      </Stack>
    </>
  );
}

/** The worklist of a clinician, with their teams on the side. */
export function ClinicalToday() {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 9 }}>
        <Worklist />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 3 }}>
        <CareTeamsAside />
      </Grid.Col>
    </Grid>
  );
}
