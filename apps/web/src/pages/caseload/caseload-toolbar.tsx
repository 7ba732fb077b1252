import { Group, MultiSelect, NativeSelect, TextInput } from '@mantine/core';
import { PATIENT_STATUSES, type PatientStatus } from '@naltrack/domain';
import type { CareTeamSummary } from '../../api/care-teams';
import { STATUS_LABELS } from '../../components/clinical-labels';
import { isStatus } from './use-caseload-filters';

const ALL_TEAMS = '';
const STATUS_OPTIONS = PATIENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

interface CaseloadToolbarProps {
  teams: readonly CareTeamSummary[];
  careTeamId: string | undefined;
  onCareTeamChange: (careTeamId: string | undefined) => void;
  status: readonly PatientStatus[];
  onStatusChange: (status: PatientStatus[]) => void;
  search: string;
  onSearchChange: (search: string) => void;
}

export function CaseloadToolbar(props: CaseloadToolbarProps) {
  const teamOptions = [
    { value: ALL_TEAMS, label: 'All my teams' },
    ...props.teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label="Care team"
        size="xs"
        w={200}
        data={teamOptions}
        value={props.careTeamId ?? ALL_TEAMS}
        onChange={(event) => props.onCareTeamChange(event.currentTarget.value || undefined)}
      />
      <MultiSelect
        label="Status"
        size="xs"
        w={280}
        placeholder={props.status.length ? undefined : 'Any status'}
        data={STATUS_OPTIONS}
        value={[...props.status]}
        onChange={(values) => props.onStatusChange(values.filter(isStatus))}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label="Search name or MRN"
        size="xs"
        w={240}
        type="search"
        // Names and MRNs are PHI: the browser must not remember them for autofill.
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
      />
    </Group>
  );
}
