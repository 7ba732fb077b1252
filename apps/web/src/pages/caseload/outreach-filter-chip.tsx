import { Chip, Tooltip } from '@mantine/core';

interface OutreachFilterChipProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Patients a flag calls for who nobody is reaching yet: a flag not acknowledged, and no open task. */
export function OutreachFilterChip({ checked, onChange }: OutreachFilterChipProps) {
  return (
    <Tooltip
      label="Flagged patients with a flag not acknowledged and no open outreach task."
      multiline
      w={280}
      openDelay={300}
    >
      <Chip size="xs" color="blue" variant="outline" checked={checked} onChange={onChange}>
        No outreach yet
      </Chip>
    </Tooltip>
  );
}
