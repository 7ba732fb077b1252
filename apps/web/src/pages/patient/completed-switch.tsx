import { Alert, Text } from '@mantine/core';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import { formatDate } from './patient-format';
import { switchTargetWords } from './switch-labels';

/** The medication the patient moved to, shown while the latest completed request is a switch. */
export function CompletedSwitch({ requests }: { requests: readonly DiscontinuationRequest[] }) {
  const latest = requests.find((request) => request.status === 'completed');
  if (latest?.kind !== 'switch' || !latest.switchTo) return null;
  return (
    <Alert color="cyan" variant="light" title="Medication switched">
      <Text size="sm">
        Now on {switchTargetWords(latest.switchTo)}, since {formatDate(latest.completedOn)}.
      </Text>
      {latest.handOffNote ? <Text size="sm">Hand-off: {latest.handOffNote}</Text> : null}
    </Alert>
  );
}
