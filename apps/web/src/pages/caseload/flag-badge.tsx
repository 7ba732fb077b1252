import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { CASELOAD_FLAGS, type CaseloadFlag, FLAG_DESCRIPTIONS } from '@naltrack/domain';
import type { CaseloadAcknowledgedFlag } from '../../api/caseload';
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

/** The words of an acknowledgement, shown on hover over the muted flag. */
export function acknowledgementText(acknowledgement: CaseloadAcknowledgedFlag): string {
  return `Acknowledged until ${acknowledgement.untilOn}: ${acknowledgement.reason}`;
}

interface FlagBadgeProps {
  flag: CaseloadFlag;
  /** Set when a clinician acknowledged the flag until a day: drawn muted, with why on hover. */
  acknowledgement?: CaseloadAcknowledgedFlag;
}

/** A row's flag: a short word, with the rule behind it (or its acknowledgement) on hover. */
export function FlagBadge({ flag, acknowledgement }: FlagBadgeProps) {
  return (
    <Tooltip
      label={acknowledgement ? acknowledgementText(acknowledgement) : FLAG_DESCRIPTIONS[flag]}
      multiline
      w={280}
      openDelay={300}
      withinPortal
    >
      <Badge
        size="xs"
        variant="outline"
        color={acknowledgement ? 'gray.5' : 'red.9'}
        c={acknowledgement ? 'gray.7' : undefined}
        radius="sm"
        tt="none"
        aria-describedby={flagDescriptionId(flag)}
        data-flag={flag}
        data-acknowledged={acknowledgement ? true : undefined}
      >
        {FLAG_LABELS[flag]}
        {acknowledgement ? <VisuallyHidden> (acknowledged)</VisuallyHidden> : null}
      </Badge>
    </Tooltip>
  );
}
