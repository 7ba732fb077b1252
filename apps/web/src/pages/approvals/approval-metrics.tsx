import { Group, Text } from '@mantine/core';
import { useFetchClinicalSettings } from '../../api/hooks/use-fetch-clinical-settings';
import type { PatientMetrics } from '../../api/patients';
import { SettingsPending } from '../../components/settings-pending';
import { FORMULATION_LABELS, formatDate, formatPercent, labelOf } from '../patient/patient-format';

interface FigureProps {
  label: string;
  value: string;
  alert?: boolean;
}

function Figure({ label, value, alert = false }: FigureProps) {
  return (
    <div>
      <Text size="xs" c="gray.7" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={600} ff="monospace" c={alert ? 'red.8' : undefined}>
        {value}
      </Text>
    </div>
  );
}

/** Readiness counts from the last day of use, so that is what an approver sees; an ongoing relapse first. */
function relapseText(metrics: PatientMetrics): string {
  if (metrics.relapseOngoing) return `Ongoing, last use ${formatDate(metrics.lastRelapseUseOn)}`;
  return metrics.lastRelapseUseOn ? `Last use ${formatDate(metrics.lastRelapseUseOn)}` : 'None';
}

/** The patient's current figures, so an approver can decide without opening the chart. */
export function ApprovalMetrics({ metrics }: { metrics: PatientMetrics | null }) {
  const settings = useFetchClinicalSettings();
  if (!metrics) {
    return (
      <Text size="sm" c="gray.7">
        No treatment metrics recorded.
      </Text>
    );
  }
  if (!settings.data) return <SettingsPending settings={settings} label="Loading metrics…" />;
  const { adherentPdc, cravingHighPacs } = settings.data;
  const { pdc90, attendanceRate90, latestPacs } = metrics;
  return (
    <Group gap="xl" aria-label="Recent metrics" role="group">
      <Figure label="Formulation" value={labelOf(FORMULATION_LABELS, metrics.formulation)} />
      <Figure label="Days on naltrexone" value={metrics.daysOnNaltrexone?.toString() ?? '—'} />
      <Figure label="PDC 90 d" value={formatPercent(pdc90)} alert={pdc90 !== null && pdc90 < adherentPdc} />
      <Figure label="Attendance 90 d" value={formatPercent(attendanceRate90)} />
      <Figure
        label="Latest PACS"
        value={latestPacs?.toString() ?? '—'}
        alert={latestPacs !== null && latestPacs >= cravingHighPacs}
      />
      <Figure label="Relapse" value={relapseText(metrics)} alert={metrics.relapseOngoing} />
    </Group>
  );
}
