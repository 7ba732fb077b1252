import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { CASELOAD_COLUMNS, type CaseloadColumn } from './caseload-columns';

interface CaseloadColumnChooserProps {
  columns: readonly CaseloadColumn[];
  customised: boolean;
  /** The ids to show, or null to go back to the default for the screen width. */
  onChange: (ids: string[] | null) => void;
}

/** Which columns the table shows; the name is always there. */
export function CaseloadColumnChooser({ columns, customised, onChange }: CaseloadColumnChooserProps) {
  const shown = columns.map((column) => column.id);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button size="compact-xs" variant="default">
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group label="Shown columns" value={shown} onChange={onChange}>
          <Stack gap={6} mt="xs">
            {CASELOAD_COLUMNS.map((column) => (
              <Checkbox
                key={column.id}
                size="xs"
                value={column.id}
                label={column.label}
                disabled={column.id === 'name'}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {customised ? (
          <Button size="compact-xs" variant="subtle" mt="sm" onClick={() => onChange(null)}>
            Default columns
          </Button>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}
