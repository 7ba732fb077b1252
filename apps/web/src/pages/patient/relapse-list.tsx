import { Badge, Group, List, Text } from '@mantine/core';
import { useFetchPatientRelapses } from '../../api/hooks/use-fetch-patient-relapses';
import type { Relapse } from '../../api/relapses';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { formatDate, labelOf, RELAPSE_RULE_LABELS, RELAPSE_SUBSTANCE_LABELS } from './patient-format';
import { PatientSection } from './patient-section';

/** Onset to last day of use: readiness counts from the last use, so both are shown. */
export function relapseSpan(relapse: Pick<Relapse, 'onsetOn' | 'lastUseOn'>): string {
  return `${formatDate(relapse.onsetOn)} – last use ${formatDate(relapse.lastUseOn)}`;
}

function origin(relapse: Relapse): string {
  const rule = relapse.rule ? `detected: ${labelOf(RELAPSE_RULE_LABELS, relapse.rule)}` : null;
  const who =
    relapse.source === 'recorded' ? 'recorded by a clinician' : relapse.confirmed ? 'confirmed' : 'not confirmed';
  return [rule, who, relapse.note].filter(Boolean).join(' · ');
}

function RelapseEntry({ relapse }: { relapse: Relapse }) {
  const substance = labelOf(RELAPSE_SUBSTANCE_LABELS, relapse.substance);
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {substance}
        </Text>
        <Text size="sm" ff="monospace">
          {relapseSpan(relapse)}
        </Text>
        {relapse.ongoing ? (
          <Badge size="sm" color="red" variant="light">
            Ongoing
          </Badge>
        ) : (
          <Badge size="sm" color="gray" variant="light">
            Ended {formatDate(relapse.endedOn)}
          </Badge>
        )}
        {relapse.early ? (
          <Badge size="sm" color="orange" variant="light">
            Early
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="gray.7">
        {origin(relapse)}
      </Text>
    </List.Item>
  );
}

/** Every relapse episode, newest onset first: ongoing until two weeks pass without use. */
export function RelapseList({ patientId }: { patientId: string }) {
  const relapses = useFetchPatientRelapses(patientId);
  return (
    <PatientSection title="Relapses">
      {relapses.isPending ? <LoadingState label="Loading relapses…" /> : null}
      {relapses.isError ? (
        <ErrorAlert title="Could not load relapses" error={relapses.error} onRetry={() => void relapses.refetch()} />
      ) : null}
      {relapses.data?.length === 0 ? (
        <Text size="sm" c="gray.7">
          No relapses.
        </Text>
      ) : null}
      {relapses.data?.length ? (
        <List spacing="xs" listStyleType="none" aria-label="Relapse episodes">
          {relapses.data.map((relapse) => (
            <RelapseEntry
              key={`${relapse.substance}-${relapse.onsetOn}-${relapse.id ?? 'detected'}`}
              relapse={relapse}
            />
          ))}
        </List>
      ) : null}
    </PatientSection>
  );
}
