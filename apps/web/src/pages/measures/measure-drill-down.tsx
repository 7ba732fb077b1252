import { Anchor, Button, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FLAG_LABELS, type OutreachReason } from '@naltrack/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useFetchMeasurePatients } from '../../api/hooks/use-fetch-measures';
import type { MeasurePatient, MeasureResult, MeasuresFilters } from '../../api/measures';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { formatDay } from './measures-format';

/** Rows drawn before "Show all": a large team's list stays quick to open. */
export const FIRST_ROWS = 50;

function reasonLabel(reason: OutreachReason | undefined): string {
  if (reason === undefined) return '—';
  return reason === 'other' ? 'Other' : FLAG_LABELS[reason];
}

interface PatientListProps {
  title: string;
  patients: readonly MeasurePatient[];
  /** Outreach measures list tasks: a patient can be there more than once, each with its reason. */
  unit: MeasureResult['unit'];
}

function PatientList({ title, patients, unit }: PatientListProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? patients : patients.slice(0, FIRST_ROWS);
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title} ({patients.length.toLocaleString('en-US')})
      </Title>
      {patients.length === 0 ? (
        <Text size="sm" c="gray.7">
          Nobody.
        </Text>
      ) : (
        <Table striped withTableBorder fz="sm" verticalSpacing={4} aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>MRN</Table.Th>
              {unit === 'task' ? <Table.Th>Reason</Table.Th> : null}
              <Table.Th>Decided by</Table.Th>
              <Table.Th>Index day</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((patient) => (
              <Table.Tr key={patient.taskId ?? patient.patientId}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${encodeURIComponent(patient.patientId)}`} size="sm">
                    {patient.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ff="monospace">{patient.mrn}</Table.Td>
                {unit === 'task' ? <Table.Td>{reasonLabel(patient.reason)}</Table.Td> : null}
                <Table.Td>{patient.valueLabel}</Table.Td>
                <Table.Td>{formatDay(patient.indexOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {shown.length < patients.length ? (
        <Button size="xs" variant="subtle" onClick={() => setShowAll(true)} style={{ alignSelf: 'flex-start' }}>
          Show all {patients.length.toLocaleString('en-US')}
        </Button>
      ) : null}
    </Stack>
  );
}

interface MeasureDrillDownProps {
  id: string;
  measure: Pick<MeasureResult, 'id' | 'kind' | 'unit'>;
  filters: MeasuresFilters;
}

/** A distribution's numerator is those reached; the rest are still waiting. */
const LIST_TITLES: Record<MeasureResult['kind'], [string, string]> = {
  rate: ['In the numerator', 'Not in the numerator'],
  distribution: ['Reached', 'Waiting for a first attempt'],
};

/** The patients (or tasks) behind a measure, fetched when opened: those in the numerator, then the others. */
export function MeasureDrillDown({ id, measure, filters }: MeasureDrillDownProps) {
  const patients = useFetchMeasurePatients(filters, measure.id, true);
  const [inTitle, outTitle] = LIST_TITLES[measure.kind];
  if (patients.isPending) return <LoadingState label={`Loading ${measure.unit}s…`} />;
  if (patients.isError) {
    return (
      <ErrorAlert
        title={`Could not load the ${measure.unit}s`}
        error={patients.error}
        onRetry={() => void patients.refetch()}
      />
    );
  }
  if (patients.data.length === 0) {
    return (
      <Text id={id} size="sm" c="gray.7">
        No {measure.unit} is counted for this measure in this period.
      </Text>
    );
  }
  return (
    <SimpleGrid id={id} cols={1} spacing="md">
      <PatientList title={inTitle} unit={measure.unit} patients={patients.data.filter((p) => p.inNumerator)} />
      <PatientList title={outTitle} unit={measure.unit} patients={patients.data.filter((p) => !p.inNumerator)} />
    </SimpleGrid>
  );
}
