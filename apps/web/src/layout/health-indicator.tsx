import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { HealthReport } from '@naltrack/domain';
import { ApiError } from '../api/api-error';
import { useFetchHealth } from '../api/hooks/use-fetch-health';

interface HealthView {
  label: string;
  /** Mantine color of the dot; the label always says the same thing in words. */
  color: string;
}

const CHECKING: HealthView = { label: 'Checking…', color: 'gray.5' };

function viewOfReport(report: HealthReport): HealthView {
  if (report.database === 'down') return { label: 'Database down', color: 'red.7' };
  if (report.status !== 'ok') return { label: 'System degraded', color: 'orange.7' };
  return { label: 'System OK', color: 'green.7' };
}

function viewOfError(error: Error): HealthView {
  const unreachable = error instanceof ApiError && error.isNetworkError;
  return { label: unreachable ? 'Server unreachable' : 'Health unknown', color: 'red.7' };
}

/** The header's live system status, re-checked every 30 s. */
export function HealthIndicator() {
  const health = useFetchHealth();
  // The latest check wins: a failed re-check must not keep showing an old "System OK".
  const view = health.isError ? viewOfError(health.error) : health.data ? viewOfReport(health.data) : CHECKING;
  const checkedAt = health.dataUpdatedAt ? new Date(health.dataUpdatedAt).toLocaleTimeString() : undefined;

  return (
    <Group
      gap={8}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      title={checkedAt ? `Last checked at ${checkedAt}` : undefined}
    >
      <Box component="span" aria-hidden w={10} h={10} bg={view.color} style={{ borderRadius: '50%', flex: 'none' }} />
      <Text size="sm" fw={500} c="gray.8">
        <VisuallyHidden>System health: </VisuallyHidden>
        {view.label}
      </Text>
    </Group>
  );
}
