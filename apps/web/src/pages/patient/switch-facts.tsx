import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { OPIOID_AGONISTS } from '@naltrack/domain';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import { formatDate, formatPercent } from './patient-format';
import { switchTargetWords } from './switch-labels';

type SwitchFacts = NonNullable<DiscontinuationRequest['switchFacts']>;

function relapseWords(facts: SwitchFacts): string {
  if (facts.relapseEpisodes === 0) return 'none recorded on this course';
  const lastUse = facts.relapseOngoing ? 'ongoing' : `last use ${formatDate(facts.lastRelapseUseOn)}`;
  return `${facts.relapseEpisodes} episode${facts.relapseEpisodes === 1 ? '' : 's'} (${lastUse})`;
}

/** What approvers of a switch need, as it stood when proposed: relapses, adherence and any XR-NTX blockade. */
export function SwitchFactsList({ request }: { request: DiscontinuationRequest }) {
  const facts = request.switchFacts;
  if (!request.switchTo || !facts) return null;
  const underBlockade =
    OPIOID_AGONISTS.includes(request.switchTo.medication) &&
    facts.blockadeEndsOn !== null &&
    request.effectiveOn < facts.blockadeEndsOn;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        Switch to {switchTargetWords(request.switchTo)}
      </Title>
      <List spacing={4} size="sm" aria-label="Switch facts">
        <List.Item>Relapses on naltrexone: {relapseWords(facts)}</List.Item>
        <List.Item>
          Adherence (PDC, last 90 days): {facts.pdc90 === null ? 'no fills recorded' : formatPercent(facts.pdc90)}
        </List.Item>
        {facts.lastInjectionOn ? (
          <List.Item>
            Last XR-NTX injection {formatDate(facts.lastInjectionOn)}; its blockade ends{' '}
            {formatDate(facts.blockadeEndsOn)}
          </List.Item>
        ) : null}
      </List>
      {underBlockade ? (
        <Alert color="orange" variant="light" title="Starts under the blockade">
          {request.switchTo.medication === 'methadone' ? 'Methadone' : 'Buprenorphine'} starts{' '}
          {formatDate(request.effectiveOn)}, before the XR-NTX blockade ends: follow the start plan.
        </Alert>
      ) : null}
      {request.switchPlan ? <Text size="sm">Start plan: {request.switchPlan}</Text> : null}
    </Stack>
  );
}
