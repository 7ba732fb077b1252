import { Box, Stack, Text, Title } from '@mantine/core';
import type { ClinicalDate } from '@naltrack/domain';
import type { CaseReviewSection } from '../../api/case-review';
import { useFetchCaseReview } from '../../api/hooks/use-fetch-case-review';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { AgendaItem } from './agenda-item';

interface AgendaSectionProps {
  section: CaseReviewSection;
  careTeamId: string;
  on: ClinicalDate;
}

function AgendaSection({ section, careTeamId, on }: AgendaSectionProps) {
  const { clinicTimeZone } = useSignedInUser();
  const headingId = `review-section-${section.kind}`;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {section.title}
        {section.items.length > 0 ? ` (${section.items.length})` : ''}
      </Title>
      {section.items.length === 0 ? (
        <Text c="gray.7">Nothing to review here.</Text>
      ) : (
        <Stack gap="sm">
          {section.items.map((item) => (
            <AgendaItem
              key={`${item.kind}-${item.patientId}`}
              item={item}
              careTeamId={careTeamId}
              on={on}
              timeZone={clinicTimeZone}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

/** The agenda of one team's meeting on one day, section by section. */
export function ReviewAgenda({ careTeamId, on }: { careTeamId: string; on: ClinicalDate }) {
  const agenda = useFetchCaseReview(careTeamId, on);
  if (agenda.isPending) return <LoadingState label="Loading the agenda…" />;
  if (agenda.isError) {
    return <ErrorAlert title="Could not load the agenda" error={agenda.error} onRetry={() => void agenda.refetch()} />;
  }
  return (
    <Stack gap="xl">
      {agenda.data.sections.map((section) => (
        <AgendaSection key={section.kind} section={section} careTeamId={careTeamId} on={on} />
      ))}
    </Stack>
  );
}
