import { Anchor, Button, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { MeasureId } from '@naltrack/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useFetchMeasurePatients } from '../../api/hooks/use-fetch-measures';
import type { MeasurePatient, MeasuresFilters } from '../../api/measures';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { formatDay } from './measures-format';

/** Rows drawn before "Show all": a large team's list stays quick to open. */
export const FIRST_ROWS = 50;

function PatientList({ title, patients }: { title: string; patients: readonly MeasurePatient[] }) {
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
              <Table.Th>Decided by</Table.Th>
              <Table.Th>Index day</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((patient) => (
              <Table.Tr key={patient.patientId}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${encodeURIComponent(patient.patientId)}`} size="sm">
                    {patient.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ff="monospace">{patient.mrn}</Table.Td>
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
  measure: MeasureId;
  filters: MeasuresFilters;
}

/** The patients behind a rate, fetched when opened: those in the numerator, then the others. */
export function MeasureDrillDown({ id, measure, filters }: MeasureDrillDownProps) {
  const patients = useFetchMeasurePatients(filters, measure, true);
  if (patients.isPending) return <LoadingState label="Loading patients…" />;
  if (patients.isError) {
    return (
      <ErrorAlert title="Could not load the patients" error={patients.error} onRetry={() => void patients.refetch()} />
    );
  }
  if (patients.data.length === 0) {
    return (
      <Text id={id} size="sm" c="gray.7">
        No patient is counted for this measure in this period.
      </Text>
    );
  }
  return (
    <SimpleGrid id={id} cols={1} spacing="md">
      <PatientList title="In the numerator" patients={patients.data.filter((p) => p.inNumerator)} />
      <PatientList title="Not in the numerator" patients={patients.data.filter((p) => !p.inNumerator)} />
    </SimpleGrid>
  );
}
