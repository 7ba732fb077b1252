import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useFetchClinicalSettings } from '../../api/hooks/use-fetch-clinical-settings';
import { useFetchPatientTimeline } from '../../api/hooks/use-fetch-patient-timeline';
import type { TimelineItem } from '../../api/patients';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { describeTimelineItem, type TimelineSettings } from './describe-timeline-item';
import { formatDate } from './patient-format';
import { PatientSection } from './patient-section';

const TYPE_LABELS: Record<string, string> = {
  naltrexone_start: 'Start',
  medication_event: 'Medication',
  therapy_session: 'Therapy',
  observation: 'Observation',
  relapse: 'Relapse',
  discontinuation_request: 'Discontinuation',
  discontinuation_decision: 'Decision',
  outreach_task_opened: 'Outreach',
  outreach_attempt: 'Outreach',
  outreach_task_resolved: 'Outreach',
  flag_acknowledgement: 'Flag',
  case_review_item: 'Case review',
  safety_assessment: 'Safety',
};

function TimelineEntry({ item, settings }: { item: TimelineItem; settings: TimelineSettings }) {
  const text = describeTimelineItem(item, settings);
  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      {/* One line at any width: a wrapped date reads as two entries on a tablet. */}
      <Text size="sm" c="gray.7" miw={96} style={{ flexShrink: 0, whiteSpace: 'nowrap' }} ff="monospace">
        {formatDate(item.on)}
      </Text>
      <Badge size="sm" variant="light" color={text.alert ? 'red' : 'gray'} w={110} style={{ flexShrink: 0 }}>
        {TYPE_LABELS[item.type] ?? item.type}
      </Badge>
      <div>
        <Text size="sm" fw={500}>
          {text.title}
        </Text>
        {text.detail ? (
          <Text size="xs" c="gray.7">
            {text.detail}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}

/** The whole record, newest first, a page at a time so a long treatment stays quick to open. */
export function PatientTimeline({ patientId }: { patientId: string }) {
  const timeline = useFetchPatientTimeline(patientId);
  const settings = useFetchClinicalSettings();
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <PatientSection title="Timeline">
      {timeline.isPending || settings.isPending ? <LoadingState label="Loading timeline…" /> : null}
      {timeline.isError ? (
        <ErrorAlert
          title="Could not load the timeline"
          error={timeline.error}
          onRetry={() => void timeline.refetch()}
        />
      ) : null}
      {settings.isError ? (
        <ErrorAlert
          title="Could not load the clinic's settings"
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : null}
      {timeline.isSuccess && items.length === 0 ? <Text c="gray.7">Nothing recorded yet.</Text> : null}
      {settings.isSuccess && items.length > 0 ? (
        <Stack component="ol" aria-label="Timeline, newest first" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <TimelineEntry key={`${item.type}-${item.id}`} item={item} settings={settings.data} />
          ))}
        </Stack>
      ) : null}
      {timeline.hasNextPage ? (
        <Button
          variant="default"
          size="xs"
          mt="sm"
          loading={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          Load older
        </Button>
      ) : null}
    </PatientSection>
  );
}
