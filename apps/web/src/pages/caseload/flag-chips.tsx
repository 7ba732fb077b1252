import { Chip, Group, Tooltip } from '@mantine/core';
import { CASELOAD_FLAGS, type CaseloadFlag, FLAG_DESCRIPTIONS } from '@naltrack/domain';
import type { CaseloadPage } from '../../api/caseload';
import { FLAG_LABELS } from '../../components/clinical-labels';
import { flagDescriptionId, formatCount } from './caseload-labels';

interface FlagChipsProps {
  counts: CaseloadPage['counts'] | undefined;
  selected: CaseloadFlag | undefined;
  /** Called with the flag to filter by, or undefined to clear it. */
  onChange: (flag: CaseloadFlag | undefined) => void;
}

/** One chip per flag with how many patients carry it; one flag filters at a time. */
export function FlagChips({ counts, selected, onChange }: FlagChipsProps) {
  return (
    <Group gap={6} role="group" aria-label="Filter by flag">
      {CASELOAD_FLAGS.map((flag) => {
        const count = counts?.[flag];
        return (
          <Tooltip key={flag} label={FLAG_DESCRIPTIONS[flag]} multiline w={280} openDelay={300}>
            <Chip
              size="xs"
              color="red"
              variant="outline"
              checked={selected === flag}
              onChange={() => onChange(selected === flag ? undefined : flag)}
              aria-describedby={flagDescriptionId(flag)}
              data-flag={flag}
            >
              {FLAG_LABELS[flag]} {count === undefined ? '' : `(${formatCount(count)})`}
            </Chip>
          </Tooltip>
        );
      })}
    </Group>
  );
}
