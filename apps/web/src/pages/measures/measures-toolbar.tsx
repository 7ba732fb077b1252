import { Group, NativeSelect, TextInput } from '@mantine/core';
import type { MeasuresFilters } from '../../api/measures';
import { dateFromInput, type PeriodProblem } from './use-measures-filters';

const ALL_TEAMS = '';

interface MeasuresToolbarProps {
  filters: MeasuresFilters;
  today: string;
  teams: readonly { id: string; name: string }[];
  problem: PeriodProblem | null;
  onChange: (change: Partial<MeasuresFilters>) => void;
}

/** Period and care team; every change lands in the URL. */
export function MeasuresToolbar({ filters, today, teams, problem, onChange }: MeasuresToolbarProps) {
  const teamOptions = [
    { value: ALL_TEAMS, label: 'All my teams' },
    ...teams.map((t) => ({ value: t.id, label: t.name })),
  ];
  const errorFor = (field: PeriodProblem['field']) => (problem?.field === field ? problem.message : undefined);
  return (
    <Group gap="sm" align="flex-start" wrap="wrap" role="group" aria-label="Period and care team">
      <TextInput
        label="From"
        type="date"
        size="xs"
        max={today}
        value={filters.from}
        onChange={(event) => {
          const from = dateFromInput(event.currentTarget.value);
          if (from) onChange({ from });
        }}
        error={errorFor('from')}
      />
      <TextInput
        label="To"
        type="date"
        size="xs"
        max={today}
        value={filters.to}
        onChange={(event) => {
          const to = dateFromInput(event.currentTarget.value);
          if (to) onChange({ to });
        }}
        error={errorFor('to')}
      />
      <NativeSelect
        label="Care team"
        size="xs"
        w={200}
        data={teamOptions}
        value={filters.careTeamId ?? ALL_TEAMS}
        onChange={(event) => onChange({ careTeamId: event.currentTarget.value || undefined })}
      />
    </Group>
  );
}
