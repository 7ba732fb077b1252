import { Alert, Badge, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import { ROLE_LABELS, roleLabelsOf } from '../../auth/role-labels';
import { DecisionForm } from './decision-form';
import { DISCONTINUATION_KIND_LABELS } from './discontinuation-kind-labels';
import { DISCONTINUATION_REASON_LABELS, DISCONTINUATION_STATUS_LABELS, formatDate, labelOf } from './patient-format';
import { readinessWords } from './readiness-words';
import { SwitchFactsList } from './switch-facts';
import { SwitchHandOffForm } from './switch-hand-off-form';

interface DiscontinuationRequestCardProps {
  patientId: string;
  request: DiscontinuationRequest;
  currentUserId: string | undefined;
}

type Readiness = NonNullable<DiscontinuationRequest['readiness']>;

function ReadinessLine({ item }: { item: Readiness['items'][number] }) {
  const words = readinessWords(item);
  return (
    <>
      <Text span size="sm" fw={500}>
        {words.requirement}
      </Text>
      <Text span size="sm">
        {' '}
        — {words.met}
      </Text>
      <Text span size="sm" c="gray.7">
        {' '}
        ({words.record})
      </Text>
    </>
  );
}

function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  const { ready, items } = readiness;
  return (
    <div>
      <Title order={3} size="h6" mb={4}>
        Readiness {ready ? '(all met)' : '(not all met — information, not a gate)'}
      </Title>
      <List spacing={4} size="sm" aria-label="Readiness checklist" center>
        {items.map((item) => (
          <List.Item
            key={item.id}
            icon={
              <ThemeIcon size={18} radius="xl" color={item.met ? 'teal' : 'red'} variant="light" aria-hidden>
                {item.met ? '✓' : '✗'}
              </ThemeIcon>
            }
          >
            <ReadinessLine item={item} />
          </List.Item>
        ))}
      </List>
    </div>
  );
}

function Decisions({ request, currentUserId }: { request: DiscontinuationRequest; currentUserId: string | undefined }) {
  return (
    <div>
      <Title order={3} size="h6" mb={4}>
        Decisions
      </Title>
      <Text size="xs" c="gray.7" mb={4}>
        Needs approval by: {request.requiredApprovals.map((r) => ROLE_LABELS[r.role] ?? r.role).join(' and ')}, other
        than the proposer. One rejection rejects.
      </Text>
      {request.decisions.length === 0 ? (
        <Text size="sm" c="gray.7">
          No decisions yet.
        </Text>
      ) : (
        <List spacing={4} size="sm" aria-label="Decisions so far">
          {request.decisions.map((d) => (
            <List.Item key={`${d.clinicianId}-${d.createdAt}`}>
              <Badge size="xs" color={d.decision === 'approve' ? 'teal' : 'red'} variant="light" mr={6}>
                {d.decision === 'approve' ? 'Approved' : 'Rejected'}
              </Badge>
              {d.clinicianId === currentUserId ? 'You' : roleLabelsOf(d.roles)} · {formatDate(d.createdAt.slice(0, 10))}
              {d.comment ? ` — “${d.comment}”` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/** The open request as approvers need it: what, why, when, readiness (or a switch's facts), who decided, and a way to decide. */
export function DiscontinuationRequestCard({ patientId, request, currentUserId }: DiscontinuationRequestCardProps) {
  const isProposer = request.proposedBy === currentUserId;
  const hasDecided = request.decisions.some((d) => d.clinicianId === currentUserId);
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text fw={600}>{DISCONTINUATION_KIND_LABELS[request.kind]} proposed</Text>
        <Badge variant="light">{labelOf(DISCONTINUATION_STATUS_LABELS, request.status)}</Badge>
        <Text size="sm" c="gray.7">
          {labelOf(DISCONTINUATION_REASON_LABELS, request.reasonCode)} · effective {formatDate(request.effectiveOn)}
        </Text>
      </Group>
      <Text size="sm">{request.reason}</Text>
      {request.plan.length > 0 ? (
        <Text size="sm">
          Plan: {request.plan.map((step) => `${step.doseMg} mg from ${formatDate(step.startsOn)}`).join(', then ')}
        </Text>
      ) : null}
      {request.relapseAlert ? (
        <Alert color="red" variant="light" title="Relapse during taper">
          A relapse was ongoing when the taper began, or began since. See the patient's relapses.
        </Alert>
      ) : null}
      {request.readiness ? <ReadinessChecklist readiness={request.readiness} /> : null}
      <SwitchFactsList request={request} />
      <Decisions request={request} currentUserId={currentUserId} />
      {request.kind === 'switch' && request.status === 'approved' ? (
        <SwitchHandOffForm patientId={patientId} requestId={request.id} />
      ) : null}
      {request.status !== 'pending' ? null : isProposer ? (
        <Text size="sm" c="gray.7">
          You proposed this request, so the decision is for other members of the team.
        </Text>
      ) : hasDecided ? (
        <Text size="sm" c="gray.7">
          You have decided on this request.
        </Text>
      ) : (
        <DecisionForm patientId={patientId} requestId={request.id} />
      )}
    </Stack>
  );
}
