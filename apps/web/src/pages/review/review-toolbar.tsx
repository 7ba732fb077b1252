import { Anchor, Group, NativeSelect, TextInput } from '@mantine/core';
import { type ClinicalDate, isClinicalDate } from '@naltrack/domain';
import { caseReviewAgendaPdfUrl } from '../../api/case-review';
import type { ReviewFilters } from './use-review-filters';

interface ReviewToolbarProps {
  careTeamId: string;
  on: ClinicalDate;
  /** Decisions are recorded for today or earlier meetings, not future ones. */
  today: ClinicalDate;
  teams: readonly { id: string; name: string }[];
  onChange: (change: Partial<ReviewFilters>) => void;
}

/** The team and meeting day, and the agenda to print. */
export function ReviewToolbar({ careTeamId, on, today, teams, onChange }: ReviewToolbarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="lg" role="group" aria-label="Team and day">
      <NativeSelect
        label="Care team"
        size="xs"
        w={220}
        data={teams.map((team) => ({ value: team.id, label: team.name }))}
        value={careTeamId}
        onChange={(event) => onChange({ careTeamId: event.currentTarget.value })}
      />
      <TextInput
        label="Day"
        type="date"
        size="xs"
        max={today}
        value={on}
        onChange={(event) => {
          const day = event.currentTarget.value;
          // Half-typed dates wait until they are whole.
          if (isClinicalDate(day)) onChange({ on: day });
        }}
      />
      <Anchor href={caseReviewAgendaPdfUrl(careTeamId, on)} size="sm" pb={6}>
        Download agenda (PDF)
      </Anchor>
    </Group>
  );
}
