import { Badge, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { FLAG_DESCRIPTIONS } from '@naltrack/domain';
import type { Patient } from '../../api/patients';
import { FLAG_LABELS, STATUS_LABELS } from '../../components/clinical-labels';
import { FORMULATION_LABELS, formatDate, labelOf, STATUS_COLORS } from './patient-format';

/**
 * Who the patient is and what needs attention. The browser tab says only "Patient": tab titles end
 * up in browser history, which is storage this app does not control (PHI stays out of it).
 */
export function PatientHeader({ patient }: { patient: Patient }) {
  useDocumentTitle('Patient · Naltrack');
  const metrics = patient.metrics;
  const flags = metrics?.flags ?? [];

  return (
    <Stack gap={6} mb="lg">
      <Group gap="sm" align="baseline" wrap="wrap">
        <Title order={1}>
          {patient.familyName}, {patient.givenName}
        </Title>
        <Badge color={STATUS_COLORS[patient.status] ?? 'gray'} variant="light">
          {labelOf(STATUS_LABELS, patient.status)}
        </Badge>
      </Group>
      <Group gap="lg" wrap="wrap" c="gray.7">
        <Text size="sm">
          MRN{' '}
          <Text span ff="monospace" c="dark">
            {patient.mrn}
          </Text>
        </Text>
        <Text size="sm">Born {formatDate(patient.birthDate)}</Text>
        <Text size="sm">{patient.diagnoses.join(', ')}</Text>
        <Text size="sm">
          {metrics?.formulation ? labelOf(FORMULATION_LABELS, metrics.formulation) : 'Naltrexone not started'}
        </Text>
        {metrics?.daysOnNaltrexone != null ? (
          <Text size="sm">{metrics.daysOnNaltrexone} days on naltrexone</Text>
        ) : null}
      </Group>
      {flags.length > 0 ? (
        <Group gap="xs" aria-label="Flags" role="list">
          {flags.map((flag) => (
            <Tooltip key={flag} label={FLAG_DESCRIPTIONS[flag] ?? flag} multiline w={280} withArrow>
              {/* Focusable so keyboard users reach the tooltip; the description is also the accessible description. */}
              <Badge
                role="listitem"
                color="red"
                variant="outline"
                tabIndex={0}
                aria-description={FLAG_DESCRIPTIONS[flag] ?? undefined}
              >
                {FLAG_LABELS[flag] ?? flag}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
