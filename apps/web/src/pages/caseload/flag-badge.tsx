import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { CASELOAD_FLAGS, type CaseloadFlag, FLAG_DESCRIPTIONS } from '@naltrack/domain';
import { FLAG_LABELS } from '../../components/clinical-labels';
import { flagDescriptionId } from './caseload-labels';

/** Every flag's rule once per page, so chips and badges can point at it with aria-describedby. */
export function FlagDescriptions() {
  return (
    <VisuallyHidden>
      {CASELOAD_FLAGS.map((flag) => (
        <span key={flag} id={flagDescriptionId(flag)}>
          {FLAG_DESCRIPTIONS[flag]}
        </span>
      ))}
    </VisuallyHidden>
  );
}

/** A row's flag: a short word, with the rule behind it on hover. */
export function FlagBadge({ flag }: { flag: CaseloadFlag }) {
  return (
    <Tooltip label={FLAG_DESCRIPTIONS[flag]} multiline w={280} openDelay={300} withinPortal>
      <Badge
        size="xs"
        variant="outline"
        color="red.9"
        radius="sm"
        tt="none"
        aria-describedby={flagDescriptionId(flag)}
        data-flag={flag}
      >
        {FLAG_LABELS[flag]}
      </Badge>
    </Tooltip>
  );
}
