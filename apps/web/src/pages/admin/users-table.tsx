import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CareTeamSummary } from '../../api/care-teams';
import type { Clinician } from '../../api/clinicians';
import { ROLE_LABELS } from '../../auth/role-labels';
import { teamNamesOf } from './user-fields';

interface UsersTableProps {
  clinicians: readonly Clinician[];
  teams: readonly CareTeamSummary[];
  selfId: string;
  labelledBy: string;
  onEdit: (clinician: Clinician) => void;
  onToggleAccess: (clinician: Clinician) => void;
}

export function UsersTable({ clinicians, teams, selfId, labelledBy, onEdit, onToggleAccess }: UsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table aria-labelledby={labelledBy} striped highlightOnHover verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Roles</Table.Th>
            <Table.Th scope="col">Care teams</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Two-step sign-in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clinicians.map((clinician) => {
            const isSelf = clinician.id === selfId;
            return (
              <Table.Tr key={clinician.id}>
                <Table.Th scope="row" fw={500}>
                  {clinician.displayName}
                  {isSelf ? (
                    <Text span size="xs" c="gray.7">
                      {' '}
                      (you)
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{clinician.email}</Table.Td>
                <Table.Td>{clinician.roles.map((role) => ROLE_LABELS[role]).join(', ')}</Table.Td>
                <Table.Td>{teamNamesOf(clinician.careTeamIds, teams).join(', ') || '—'}</Table.Td>
                <Table.Td>
                  {clinician.active ? (
                    'Active'
                  ) : (
                    <Text span size="sm" fw={600} c="red.9">
                      Disabled
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{clinician.totpEnabled ? 'On' : 'Off'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`Edit ${clinician.displayName}`}
                      onClick={() => onEdit(clinician)}
                    >
                      Edit
                    </Button>
                    {isSelf ? null : (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color={clinician.active ? 'red' : undefined}
                        aria-label={`${clinician.active ? 'Disable' : 'Enable'} ${clinician.displayName}`}
                        onClick={() => onToggleAccess(clinician)}
                      >
                        {clinician.active ? 'Disable' : 'Enable'}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
