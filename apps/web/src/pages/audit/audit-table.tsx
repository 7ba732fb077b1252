import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { AuditEvent } from '../../api/audit';
import { formatEventTime, OUTCOME_COLORS, OUTCOME_LABELS } from './audit-format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

interface AuditTableProps {
  events: readonly AuditEvent[];
  labelledBy: string;
  onFilterActor: (actorId: string) => void;
  onFilterPatient: (patientId: string) => void;
}

function ActorCell({ event, onFilter }: { event: AuditEvent; onFilter: (actorId: string) => void }) {
  if (!event.actorId) {
    // A sign-in attempt or a request without a session: the label is what was typed, if anything.
    return (
      <Text span size="xs" c="gray.7">
        {event.actorLabel ? `${event.actorLabel} (no session)` : 'No session'}
      </Text>
    );
  }
  const { actorId } = event;
  return (
    <Anchor component="button" type="button" size="xs" onClick={() => onFilter(actorId)} title="Show only this actor">
      {event.actorLabel ?? actorId}
    </Anchor>
  );
}

function PatientCell({ patientId, onFilter }: { patientId: string | null; onFilter: (patientId: string) => void }) {
  if (!patientId) return '—';
  return (
    <Anchor
      component="button"
      type="button"
      size="xs"
      ff="monospace"
      onClick={() => onFilter(patientId)}
      title="Show only this patient"
    >
      {patientId}
    </Anchor>
  );
}

/** The trail as a dense table: who did what, to which patient (an id only), and how it ended. */
export function AuditTable({ events, labelledBy, onFilterActor, onFilterPatient }: AuditTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-labelledby={labelledBy} striped verticalSpacing={2} horizontalSpacing="xs" fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              #
            </Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col">Patient id</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.seq}>
              <Table.Td ta="right" ff="monospace">
                {event.seq}
              </Table.Td>
              <Table.Td ff="monospace" style={NO_WRAP}>
                <time dateTime={event.occurredAt}>{formatEventTime(event.occurredAt)}</time>
              </Table.Td>
              <Table.Td>
                <ActorCell event={event} onFilter={onFilterActor} />
              </Table.Td>
              <Table.Td ff="monospace">{event.action}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <Badge size="xs" variant="light" color={OUTCOME_COLORS[event.outcome]}>
                  {OUTCOME_LABELS[event.outcome]}
                </Badge>{' '}
                {event.statusCode ?? ''}
              </Table.Td>
              <Table.Td ff="monospace">
                <PatientCell patientId={event.patientId} onFilter={onFilterPatient} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
