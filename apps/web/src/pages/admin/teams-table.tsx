import { Button, Group, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CareTeamSummary } from '../../api/care-teams';

const formatCount = new Intl.NumberFormat('en-US').format;

interface TeamsTableProps {
  teams: readonly CareTeamSummary[];
  labelledBy: string;
  /** The team whose setting is being saved, if any. */
  savingId: string | undefined;
  onLeadApprovalChange: (team: CareTeamSummary, requireLeadApproval: boolean) => void;
  onRename: (team: CareTeamSummary) => void;
}

export function TeamsTable({ teams, labelledBy, savingId, onLeadApprovalChange, onRename }: TeamsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-labelledby={labelledBy} striped highlightOnHover verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Code</Table.Th>
            <Table.Th scope="col" ta="right">
              Patients
            </Table.Th>
            <Table.Th scope="col">Lead approval for discontinuation</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((team) => (
            <Table.Tr key={team.id}>
              <Table.Th scope="row" fw={500}>
                {team.name}
              </Table.Th>
              <Table.Td ff="monospace">{team.code}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCount(team.patientCount)}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Switch
                    aria-label={`Require lead approval for ${team.name}`}
                    size="md"
                    checked={team.requireLeadApproval}
                    disabled={savingId === team.id}
                    onChange={(e) => onLeadApprovalChange(team, e.currentTarget.checked)}
                  />
                  <Text span size="sm" c={team.requireLeadApproval ? undefined : 'gray.7'} aria-hidden>
                    {team.requireLeadApproval ? 'Required' : 'Not required'}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={`Rename ${team.name}`}
                  onClick={() => onRename(team)}
                >
                  Rename
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
