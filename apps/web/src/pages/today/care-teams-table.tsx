import { Table } from '@mantine/core';
import type { CareTeamSummary } from '../../api/care-teams';

const formatCount = new Intl.NumberFormat('en-US').format;

interface CareTeamsTableProps {
  teams: readonly CareTeamSummary[];
  /** Id of the heading that names the table. */
  labelledBy: string;
}

/**
 * Narrow enough for the aside beside the worklist, without a scroll container: one would clip the
 * columns and be a scrollable region no keyboard can reach.
 */
export function CareTeamsTable({ teams, labelledBy }: CareTeamsTableProps) {
  return (
    <Table aria-labelledby={labelledBy} striped highlightOnHover captionSide="bottom" verticalSpacing="sm" fz="sm">
      <Table.Caption c="gray.7">
        Patients counts every patient of the team; Active counts patients currently active on naltrexone.
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Team</Table.Th>
          <Table.Th scope="col" ta="right">
            Patients
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Active
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {teams.map((team) => (
          <Table.Tr key={team.id}>
            <Table.Th scope="row" fw={500}>
              {team.name}
            </Table.Th>
            <Table.Td ta="right" ff="monospace">
              {formatCount(team.patientCount)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatCount(team.activeCount)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
