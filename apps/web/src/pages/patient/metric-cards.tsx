import { Badge, Paper, SimpleGrid, Text } from '@mantine/core';
import { caseloadPdcWindow, PACS_TOTAL_MAX } from '@naltrack/domain';
import type { ReactNode } from 'react';
import { useFetchClinicalSettings } from '../../api/hooks/use-fetch-clinical-settings';
import type { PatientMetrics } from '../../api/patients';
import { SettingsPending } from '../../components/settings-pending';
import { formatDate, formatPercent, INJECTION_STATUS_COLORS, INJECTION_STATUS_LABELS, labelOf } from './patient-format';
import { pdcWindowWords } from './pdc-window-words';

/** The caseload's pdc90: the one PDC the page shows. */
const PDC_WINDOW_DAYS = 90;

interface MetricCardProps {
  label: string;
  value: ReactNode;
  /** The target or threshold the value is read against. */
  note: ReactNode;
  /** Out of range: drawn in red so it stands out in a calm page. */
  alert?: boolean;
}

function MetricCard({ label, value, note, alert = false }: MetricCardProps) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={label}>
      <Text size="xs" c="gray.7" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={alert ? 'red.8' : undefined} ff="monospace">
        {value}
      </Text>
      {/* A div: the note may hold a badge, which is not phrasing content. */}
      <Text component="div" size="xs" c="gray.7">
        {note}
      </Text>
    </Paper>
  );
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function MetricCards({ metrics }: { metrics: PatientMetrics | null }) {
  const settings = useFetchClinicalSettings();
  if (!metrics) {
    return (
      <Text c="gray.7" mb="md">
        No treatment metrics yet: they appear once naltrexone is started.
      </Text>
    );
  }
  if (!settings.data) return <SettingsPending settings={settings} label="Loading metrics…" />;
  const { adherentPdc, cravingHighPacs } = settings.data;
  const injection = metrics.injection;
  const pacs = metrics.latestPacs;
  // The window the caseload row's pdc90 was measured over, by the same domain rule.
  const pdcWindow = caseloadPdcWindow(metrics.asOf, metrics.startedOn, PDC_WINDOW_DAYS);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="lg">
      <MetricCard
        label="PDC"
        value={formatPercent(metrics.pdc90)}
        note={`${pdcWindow ? `${capitalised(pdcWindowWords(pdcWindow))} · ` : ''}target ≥ ${formatPercent(adherentPdc)}`}
        alert={metrics.pdc90 !== null && metrics.pdc90 < adherentPdc}
      />
      <MetricCard
        label="Next injection"
        value={metrics.formulation === 'xr_injection' ? formatDate(injection.dueOn) : '—'}
        note={
          <Badge size="xs" variant="light" color={INJECTION_STATUS_COLORS[injection.status] ?? 'gray'}>
            {labelOf(INJECTION_STATUS_LABELS, injection.status)}
          </Badge>
        }
        alert={injection.status === 'late' || injection.status === 'overdue'}
      />
      <MetricCard
        label="Attendance 90 days"
        value={formatPercent(metrics.attendanceRate90)}
        note={metrics.lastSessionOn ? `Last session ${formatDate(metrics.lastSessionOn)}` : 'No sessions yet'}
      />
      <MetricCard
        label="Latest PACS"
        value={pacs === null ? '—' : `${pacs} / ${PACS_TOTAL_MAX}`}
        note={`High at ≥ ${cravingHighPacs}`}
        alert={pacs !== null && pacs >= cravingHighPacs}
      />
    </SimpleGrid>
  );
}
